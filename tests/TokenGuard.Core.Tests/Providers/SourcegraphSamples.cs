using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Sourcegraph.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SourcegraphSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sourcegraph-access-token"] = () => "sg" + "p_" + Random(Hex, 16, 209) + "_" + Random(Hex, 40, 210),
            ["sourcegraph-legacy-token"] = () => "SOURCEGRAPH_TOKEN=" + Random(Hex, 40, 400),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sourcegraph-access-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "sg" + "p_" + Random(Hex, 39, 210)),
                ("not hex", () => "sg" + "p_local_" + Random(Letters, 40, 210)),
            },
            ["sourcegraph-legacy-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "SOURCEGRAPH_TOKEN=" + Random(Hex, 39, 400)),
                ("not hex", () => "SOURCEGRAPH_TOKEN=" + Random(Letters, 40, 420)),
            },
        };
    }
}
