using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Duffel live and test access tokens.</summary>
    internal static class Duffel
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "duffel-api-token",
                provider: "Duffel",
                description: "Duffel access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "duffel_live_", "duffel_test_" },
                pattern: Start + "duffel_(live|test)_[A-Za-z0-9_=-]{43}" + "(?![A-Za-z0-9_=-])",
                visiblePrefixLength: 12,
                isValid: LooksRandom);
        }
    }
}
