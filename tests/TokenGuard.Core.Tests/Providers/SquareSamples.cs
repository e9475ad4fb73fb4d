using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Square.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SquareSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["square-token"] = () => "sq0" + "csp-" + Random(Url, 43, 67),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["square-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "sq0" + "csp-" + Random(Url, 42, 67)),
                ("access token one character short", () => "EA" + "AA" + Random(Url, 59, 67)),
            },
        };
    }
}
