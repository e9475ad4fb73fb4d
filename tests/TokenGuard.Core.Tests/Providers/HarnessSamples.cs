using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Harness.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class HarnessSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["harness-api-key"] = () => "pa" + "t." + Random(Url, 22, 250) + "." + Random(Alphanumeric, 24, 251) + "." + Random(Alphanumeric, 20, 252),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["harness-api-key"] = new (string, Func<string>)[] { ("secret one character short", () => "pa" + "t." + Random(Url, 22, 250) + "." + Random(Alphanumeric, 24, 251) + "." + Random(Alphanumeric, 19, 252)) },
        };
    }
}
