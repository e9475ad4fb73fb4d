using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Twilio.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class TwilioSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["twilio-api-key"] = () => "S" + "K" + Random(Hex, 32, 47),
            ["twilio-auth-token"] = () => "TWILIO_AUTH_TOKEN=" + Random(Hex, 32, 265),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["twilio-api-key"] = new (string, Func<string>)[]
            {
                ("account SID, an identifier", () => "AC" + Random(Hex, 32, 47)),
                ("one character short", () => "S" + "K" + Random(Hex, 31, 47)),
            },
            ["twilio-auth-token"] = new (string, Func<string>)[]
            {
                ("an account SID name", () => "TWILIO_ACCOUNT_SID=" + Random(Hex, 32, 265)),
                ("one character short", () => "TWILIO_AUTH_TOKEN=" + Random(Hex, 31, 265)),
            },
        };
    }
}
