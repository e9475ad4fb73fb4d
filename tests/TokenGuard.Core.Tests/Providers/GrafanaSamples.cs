using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Grafana.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class GrafanaSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["grafana-token"] = () => "gl" + "sa_" + Random(Alphanumeric, 32, 57) + "_" + Random(Hex, 8, 58),
            ["grafana-api-key"] = () => "eyJr" + "Ijoi" + Random(Alphanumeric, 90, 242) + "=",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["grafana-token"] = new (string, Func<string>)[] { ("checksum part one short", () => "gl" + "sa_" + Random(Alphanumeric, 32, 57) + "_" + Random(Hex, 7, 58)) },
            ["grafana-api-key"] = new (string, Func<string>)[] { ("too short", () => "eyJr" + "Ijoi" + Random(Alphanumeric, 60, 242)) },
        };
    }
}
