using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>HubSpot: legacy API keys (hapikey) are UUIDs, recognisable only by the HubSpot name they are assigned to.</summary>
    internal static class HubSpot
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "hubspot-api-key",
                provider: "HubSpot",
                description: "HubSpot API key",
                confidence: TokenConfidence.Medium,
                keywords: Cases("hubspot"),
                pattern: Assigned("hubspot", Uuid),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
