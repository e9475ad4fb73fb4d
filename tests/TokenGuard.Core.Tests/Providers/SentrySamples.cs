using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Sentry.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SentrySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sentry-token"] = () => "sntry" + "u_" + Random(Hex, 64, 56),
            ["sentry-token-legacy"] = () => "SENTRY_AUTH_TOKEN=" + Random(Hex, 64, 429),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sentry-token"] = new (string, Func<string>)[] { ("one character short", () => "sntry" + "u_" + Random(Hex, 63, 56)) },
            ["sentry-token-legacy"] = new (string, Func<string>)[] { ("one character short", () => "SENTRY_AUTH_TOKEN=" + Random(Hex, 63, 429)) },
        };
    }
}
