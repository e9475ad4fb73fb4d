using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/OctopusDeploy.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class OctopusDeploySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["octopus-deploy-api-key"] = () => "AP" + "I-" + Random(Upper, 26, 211),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["octopus-deploy-api-key"] = new (string, Func<string>)[]
            {
                ("an upper-case word, no digit", () => "AP" + "I-" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                ("one character short", () => "AP" + "I-" + Random(Upper, 25, 211)),
                ("a 32-hex page slug", () => "https://shop.notion.site/AP" + "I-" + Random("0123456789ABCDEF", 32, 211)),
            },
        };
    }
}
