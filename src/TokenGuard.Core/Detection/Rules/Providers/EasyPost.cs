using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>EasyPost production (EZAK) and test (EZTK) API keys.</summary>
    internal static class EasyPost
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "easypost-api-token",
                provider: "EasyPost",
                description: "EasyPost production or test API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "EZAK", "EZTK" },
                pattern: Start + "EZ[AT]K[A-Za-z0-9]{54}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
