using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/MaxMind.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class MaxMindSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["maxmind-license-key"] = () => Random(Alphanumeric, 6, 408) + "_" + Random(Alphanumeric, 29, 409) + "_m" + "mk",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["maxmind-license-key"] = new (string, Func<string>)[]
            {
                ("no _mmk suffix", () => Random(Alphanumeric, 6, 408) + "_" + Random(Alphanumeric, 29, 409) + "_abc"),
                ("placeholder", () => new string('x', 6) + "_" + new string('x', 29) + "_m" + "mk"),
            },
        };
    }
}
