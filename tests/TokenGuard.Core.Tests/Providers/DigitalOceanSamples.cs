using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/DigitalOcean.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class DigitalOceanSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["digitalocean-token"] = () => "dop" + "_v1_" + Random(Hex, 64, 29),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["digitalocean-token"] = new (string, Func<string>)[] { ("one character short", () => "dop" + "_v1_" + Random(Hex, 63, 29)) },
        };
    }
}
