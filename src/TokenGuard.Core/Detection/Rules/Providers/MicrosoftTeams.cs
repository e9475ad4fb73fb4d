using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>
    /// Microsoft Teams incoming webhook URLs (webhook.office.com/webhookb2/…) and the Workflows (Power Automate, Logic Apps)
    /// HTTP trigger URLs that replace them, signed by their sig= parameter: whoever has one can post to the channel or run the flow.
    /// </summary>
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
            // …/workflows/<id>/triggers/manual/paths/invoke?api-version=1&sp=…&sv=1.0&sig=<43 URL-safe characters>, the
            // parameters in any order; the signature is the whole credential.
            yield return new TokenRule(
                id: "microsoft-workflow-trigger-url",
                provider: "Microsoft Teams",
                description: "Power Automate or Logic Apps HTTP trigger URL (Teams Workflows webhook)",
                confidence: TokenConfidence.High,
                keywords: new[] { "/paths/invoke?" },
                pattern: "/triggers/[A-Za-z0-9_-]+/paths/invoke\\?([^\\s\"'<>&]+&)*sig=(?<secret>[A-Za-z0-9_-]{40,})(?![A-Za-z0-9_-])",
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
