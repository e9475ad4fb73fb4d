using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Typeform.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class TypeformSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["typeform-api-token"] = () => "tf" + "p_" + Random(Url, 59, 245),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["typeform-api-token"] = new (string, Func<string>)[] { ("one character short", () => "tf" + "p_" + Random(Url, 58, 245)) },
        };
    }
}
