using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Discord.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class DiscordSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["discord-webhook"] = () => "https://discord.com/api/" + "webhooks/" + Random("0123456789", 18, 61) + "/" + Random(Url, 68, 62),
            ["discord-bot-token"] = () => DiscordBot(97),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["discord-webhook"] = new (string, Func<string>)[] { ("token too short", () => "https://discord.com/api/" + "webhooks/" + Random(Digits, 18, 61) + "/" + Random(Url, 59, 62)) },
            ["discord-bot-token"] = new (string, Func<string>)[]
            {
                ("first part is not a user id", () => "MT" + Random(Alphanumeric, 22, 63) + "." + Random(Alphanumeric, 6, 64) + "." + Random(Alphanumeric, 30, 65)),
                ("HMAC too short", () => DiscordBot(66).Substring(0, DiscordBot(66).LastIndexOf('.') + 27)),
            },
        };
    }
}
