using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Discord: webhook URL; bot token.</summary>
    internal static class Discord
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "discord-webhook",
                provider: "Discord",
                description: "Discord webhook URL",
                confidence: TokenConfidence.High,
                keywords: new[] { "discord.com/api/webhooks/", "discordapp.com/api/webhooks/" },
                pattern: @"https://discord(app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,}",
                visiblePrefixLength: 0);
            // base64(bot user id) . timestamp . HMAC; a user id is a 17-20 digit number, so its base64 starts M, N or O.
            yield return new TokenRule(
                id: "discord-bot-token",
                provider: "Discord",
                description: "Discord bot token",
                confidence: TokenConfidence.High,
                keywords: new[] { "MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT" },
                pattern: Start + "[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}" + End,
                visiblePrefixLength: 0,
                isValid: DiscordBotToken.HasUserIdPart,
                requires: ".",
                // Its keywords are two letters found in most files' literals: the outline first, the pattern only where it is.
                mayMatch: DiscordBotToken.MayBeIn);
        }
    }
}
