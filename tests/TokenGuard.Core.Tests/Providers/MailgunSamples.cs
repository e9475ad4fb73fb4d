using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Mailgun.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class MailgunSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["mailgun-api-key"] = () => "key" + "-" + Random(Hex, 32, 50),
            ["mailgun-api-key-v2"] = () => "MAILGUN_KEY=" + Random(Hex, 32, 436) + "-" + Random(Hex, 8, 437) + "-" + Random(Hex, 8, 438),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["mailgun-api-key"] = new (string, Func<string>)[] { ("one character short", () => "key" + "-" + Random(Hex, 31, 50)) },
            ["mailgun-api-key-v2"] = new (string, Func<string>)[] { ("Mailgun not named", () => "KEY=" + Random(Hex, 32, 436) + "-" + Random(Hex, 8, 437) + "-" + Random(Hex, 8, 438)) },
        };
    }
}
