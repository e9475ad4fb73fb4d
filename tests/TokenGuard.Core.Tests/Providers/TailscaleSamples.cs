using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Tailscale.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class TailscaleSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["tailscale-key"] = () => "ts" + "key-auth-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 32, 221),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["tailscale-key"] = new (string, Func<string>)[]
            {
                ("the tail of another word", () => "my" + "ts" + "key-auth-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 32, 221)),
                ("secret too short", () => "ts" + "key-auth-" + Random(Alphanumeric, 11, 220) + "-" + Random(Alphanumeric, 19, 221)),
            },
        };
    }
}
