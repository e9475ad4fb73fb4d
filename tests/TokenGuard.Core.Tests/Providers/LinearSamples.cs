using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Linear.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class LinearSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["linear-api-key"] = () => "lin_" + "api_" + Random(Alphanumeric, 40, 13),
            ["linear-client-secret"] = () => "LINEAR_CLIENT_SECRET=" + Random(Hex, 32, 201),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["linear-api-key"] = new (string, Func<string>)[] { ("one character short", () => "lin_" + "api_" + Random(Alphanumeric, 39, 13)) },
            ["linear-client-secret"] = new (string, Func<string>)[]
            {
                ("a client id, not a secret", () => "LINEAR_CLIENT_ID=" + Random(Hex, 32, 201)),
                ("one character short", () => "LINEAR_CLIENT_SECRET=" + Random(Hex, 31, 201)),
            },
        };
    }
}
