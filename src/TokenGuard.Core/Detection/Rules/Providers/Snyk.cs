using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Snyk: API and OAuth tokens are UUIDs, recognisable only by the name they are assigned to.</summary>
    internal static class Snyk
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "snyk-api-token",
                provider: "Snyk",
                description: "Snyk API or OAuth token",
                confidence: TokenConfidence.High,
                keywords: Cases("snyk"),
                pattern: Assigned("snyk[_.-]?((api|oauth)[_.-]?)?(key|token)", Uuid),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
