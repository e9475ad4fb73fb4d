using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Alibaba.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AlibabaSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["alibaba-access-key-id"] = () => "LT" + "AI" + Random(Alphanumeric, 20, 240),
            ["alibaba-secret-key"] = () => "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Random(Alphanumeric, 30, 241),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["alibaba-access-key-id"] = new (string, Func<string>)[] { ("one character short", () => "LT" + "AI" + Random(Alphanumeric, 19, 240)) },
            ["alibaba-secret-key"] = new (string, Func<string>)[]
            {
                ("the key id name", () => "ALIBABA_CLOUD_ACCESS_KEY_ID=" + Random(Alphanumeric, 30, 241).Substring(0, 24)),
                ("one character short", () => "ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + Random(Alphanumeric, 29, 241)),
            },
        };
    }
}
