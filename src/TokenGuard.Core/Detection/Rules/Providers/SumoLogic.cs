using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Sumo Logic access ids (su + 12) and access keys (64 alphanumerics), after a Sumo name.</summary>
    internal static class SumoLogic
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "sumologic-access-id",
                provider: "Sumo Logic",
                description: "Sumo Logic access id",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "sumo", "Sumo", "SUMO" },
                pattern: Assigned("sumo" + NameFiller + "(id|access)", "su[A-Za-z0-9]{12}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom,
                identifiesOnly: true);
            yield return new TokenRule(
                id: "sumologic-access-key",
                provider: "Sumo Logic",
                description: "Sumo Logic access key",
                confidence: TokenConfidence.High,
                keywords: new[] { "sumo", "Sumo", "SUMO" },
                pattern: Assigned("sumo" + NameFiller + "(key|token|secret)", "[A-Za-z0-9]{64}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
