using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Telegram: bot token (bot id, colon, AA and 33 characters; any 35 where Telegram is named on the line).</summary>
    internal static class Telegram
    {
        /// <summary>
        /// Whether a colon has 8 digits before it and 35 token characters after it, as in every match of either branch: the
        /// named branch's scan otherwise starts at every "telegram", and the regex engine looks for the first at every digit.
        /// </summary>
        private static bool MayHoldBotToken(string text)
        {
            const int Digits = 8, Rest = 35;
            if (text.Length < Digits + 1 + Rest) return false;
            for (int colon = text.IndexOf(':', Digits); colon >= 0; colon = text.IndexOf(':', colon + 1))
            {
                if (CharacterRuns.RunEndingAt(text, colon, Digits, c => c >= '0' && c <= '9') == Digits
                    && CharacterRuns.RunStartingAt(text, colon + 1, Rest, c => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-') == Rest)
                    return true;
            }

            return false;
        }

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
                visiblePrefixLength: 0,
                mayMatch: MayHoldBotToken);
        }
    }
}
