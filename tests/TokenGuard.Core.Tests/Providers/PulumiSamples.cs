using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Pulumi.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PulumiSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["pulumi-token"] = () => "pul" + "-" + Random(Hex, 40, 39),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["pulumi-token"] = new (string, Func<string>)[] { ("one character short", () => "pul" + "-" + Random(Hex, 39, 39)) },
        };
    }
}
