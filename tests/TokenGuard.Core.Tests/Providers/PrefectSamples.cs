using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Prefect.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PrefectSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["prefect-api-token"] = () => "pn" + "u_" + Random(Alphanumeric, 36, 243),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["prefect-api-token"] = new (string, Func<string>)[] { ("one character short", () => "pn" + "u_" + Random(Alphanumeric, 35, 243)) },
        };
    }
}
