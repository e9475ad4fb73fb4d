using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Slack: API token; app-level token; incoming webhook URL.</summary>
    internal static class Slack
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "slack-token",
                provider: "Slack",
                description: "Slack API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxe.", "xoxr-", "xoxs-", "xoxo-" },
                // Bot, user, workspace and legacy tokens (a number, then dash-separated parts); configuration access
                // (xoxe.xoxp-1-…) and refresh (xoxe-1-…) tokens. Never ending in a dash, so "…-####" stays a placeholder;
                // a workspace or refresh token is ids and a secret, never one number alone (xoxa-08532509747: an id, cut short).
                pattern: "(?<![A-Za-z0-9_.])(xoxe\\.xox[bp]-1-[A-Za-z0-9]{100,}|xoxe-1-[A-Za-z0-9]{100,}|xoxb-[0-9]{8,14}-[A-Za-z0-9-]{10,}[A-Za-z0-9]" +
                    "|xox[pe](-[0-9]{10,13}){3}-[A-Za-z0-9-]{20,}[A-Za-z0-9]|xox[ar]-([0-9]-)?(?![0-9]+(?![A-Za-z0-9-]))[A-Za-z0-9-]{8,}[A-Za-z0-9]|xox[os]-[0-9]+-[0-9]+-[0-9]+-[A-Fa-f0-9]{6,})(?![A-Za-z0-9_#*-])",
                visiblePrefixLength: 5,
                isValid: LooksRandom);
            yield return Prefixed(
                id: "slack-app-token",
                provider: "Slack",
                description: "Slack app-level token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "xapp-" },
                pattern: Start + "xapp-[0-9]-[A-Z0-9]+-[0-9]+-[a-z0-9]{32,}" + End);
            // The secret is the last path segment; Slack's documentation shows it as XXXXXXXX….
            yield return new TokenRule(
                id: "slack-webhook",
                provider: "Slack",
                description: "Slack incoming webhook URL",
                confidence: TokenConfidence.High,
                keywords: new[] { "hooks.slack.com/" },
                pattern: @"https?://hooks\.slack\.com/(services|workflows|triggers)/T[A-Z0-9]{6,}/[A-Z0-9]{6,}/([0-9]{6,}/)?[A-Za-z0-9]{20,}",
                visiblePrefixLength: 22,
                isValid: url => !PlaceholderValues.IsPlaceholder(url.Substring(url.LastIndexOf('/') + 1)));
        }
    }
}
