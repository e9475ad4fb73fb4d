using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Postman.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PostmanSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["postman-api-key"] = () => "PMAK" + "-" + Random(Hex, 24, 11) + "-" + Random(Hex, 34, 12),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["postman-api-key"] = new (string, Func<string>)[] { ("second part one short", () => "PMAK" + "-" + Random(Hex, 24, 11) + "-" + Random(Hex, 33, 12)) },
        };
    }
}
