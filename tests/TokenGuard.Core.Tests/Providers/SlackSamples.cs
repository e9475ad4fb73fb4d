using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Slack.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SlackSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["slack-token"] = () => Slack(24),
            ["slack-app-token"] = () => "xa" + "pp-1-" + Random(Upper, 11, 43) + "-" + Random("0123456789", 13, 44) + "-" + Random(Hex, 64, 45),
            ["slack-webhook"] = () => SlackWebhook(25),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["slack-token"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "xoxb-your-token-here"),
                ("workspace id too short", () => "xo" + "xb-" + Random(Digits, 7, 24) + "-" + Random(Alphanumeric, 24, 26)),
                ("user token with short ids", () => "xo" + "xp-1234-1234-1234-" + Random(Hex, 32, 27)),
                ("placeholder after the ids", () => "xo" + "xp-" + Random(Digits, 12, 28) + "-" + Random(Digits, 12, 29) + "-" + Random(Digits, 12, 30) + "-" + new string('#', 20)),
                ("configuration token placeholder", () => "xo" + "xe.xoxp-1-" + "RANDOMSTRINGHERE"),
                ("one number, cut short", () => "xo" + "xa-" + Random(Digits, 11, 31) + "?" + Random(Digits, 11, 32)),
            },
            ["slack-app-token"] = new (string, Func<string>)[] { ("secret too short", () => "xa" + "pp-1-" + Random(Upper, 11, 43) + "-" + Random(Digits, 13, 44) + "-" + Random(Hex, 31, 45)) },
            ["slack-webhook"] = new (string, Func<string>)[]
            {
                ("documented example", () => "https://hooks." + "slack.com/services/T00000000/B00000000/" + new string('X', 24)),
                ("secret too short", () => "https://hooks." + "slack.com/services/T" + Random(Upper, 10, 25) + "/B" + Random(Upper, 10, 26) + "/" + Random(Alphanumeric, 19, 27)),
            },
        };
    }
}
