using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Telegram: bot token (bot id, colon, AA and 33 characters; any 35 where Telegram is named on the line).</summary>
    internal static class Telegram
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "telegram-bot-token",
                provider: "Telegram",
                description: "Telegram bot token",
                confidence: TokenConfidence.High,
                keywords: new[] { ":AA", "telegram", "Telegram", "TELEGRAM" },
                // The bot id, a colon and 35 URL-safe characters; "AA" begins every token seen, so without it a Telegram name must be near.
                pattern: "(?<![0-9])[0-9]{8,10}:AA[0-9A-Za-z_-]{33}" + End + "|" + Near("telegram" + NameFiller, "[0-9]{8,10}:[0-9A-Za-z_-]{35}"),
                visiblePrefixLength: 0);
        }
    }
}
