using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Shopify.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class ShopifySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["shopify-token"] = () => "shp" + "at_" + Random(Hex, 32, 55),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["shopify-token"] = new (string, Func<string>)[] { ("one character short", () => "shp" + "at_" + Random(Hex, 31, 55)) },
        };
    }
}
