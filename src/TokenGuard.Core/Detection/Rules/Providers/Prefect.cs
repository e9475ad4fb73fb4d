using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Prefect Cloud API keys (pnu_ and 36 alphanumerics).</summary>
    internal static class Prefect
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "prefect-api-token",
                provider: "Prefect",
                description: "Prefect API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "pnu_" },
                pattern: Start + "pnu_[A-Za-z0-9]{36}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
