using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Perplexity.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class PerplexitySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["perplexity-api-key"] = () => "pp" + "lx-" + Random(Alphanumeric, 48, 232),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["perplexity-api-key"] = new (string, Func<string>)[] { ("one character short", () => "pp" + "lx-" + Random(Alphanumeric, 47, 232)) },
        };
    }
}
