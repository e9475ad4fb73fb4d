using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Telegram.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class TelegramSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["telegram-bot-token"] = () => Random("123456789", 10, 63) + ":A" + "A" + Random(Url, 33, 64),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["telegram-bot-token"] = new (string, Func<string>)[] { ("one character short", () => Random("123456789", 10, 63) + ":A" + "A" + Random(Url, 32, 64)) },
        };
    }
}
