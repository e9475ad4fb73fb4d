using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Microsoft Teams incoming webhook URLs (webhook.office.com/webhookb2/…): whoever has one can post to the channel.</summary>
    internal static class MicrosoftTeams
    {
        private const string Guid = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "microsoft-teams-webhook",
                provider: "Microsoft Teams",
                description: "Microsoft Teams incoming webhook URL",
                confidence: TokenConfidence.High,
                keywords: new[] { ".webhook.office.com/webhookb2/" },
                pattern: "https://[A-Za-z0-9-]+\\.webhook\\.office\\.com/webhookb2/" + Guid + "@" + Guid + "/IncomingWebhook/[A-Za-z0-9]{32}/" + Guid + "(/[A-Za-z0-9_-]{20,})?",
                visiblePrefixLength: 8);
        }
    }
}
