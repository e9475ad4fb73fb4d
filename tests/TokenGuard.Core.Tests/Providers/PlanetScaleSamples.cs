using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/PlanetScale.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PlanetScaleSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["planetscale-token"] = () => "pscale" + "_tkn_" + Random(Url, 43, 38),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["planetscale-token"] = new (string, Func<string>)[] { ("too short", () => "pscale" + "_tkn_" + Random(Url, 31, 38)) },
        };
    }
}
