using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Stripe.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class StripeSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["stripe-secret-key"] = () => StripeSecret(26),
            ["stripe-webhook-secret"] = () => "wh" + "sec_" + Random(Alphanumeric, 32, 46),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["stripe-secret-key"] = new (string, Func<string>)[]
            {
                ("publishable key", () => "pk_live_" + Random(Alphanumeric, 32, 26)),
                ("too short", () => "sk" + "_live_" + Random(Alphanumeric, 23, 26)),
            },
            ["stripe-webhook-secret"] = new (string, Func<string>)[] { ("too short", () => "wh" + "sec_" + Random(Alphanumeric, 31, 46)) },
        };
    }
}
