using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Shippo live and test API tokens.</summary>
    internal static class Shippo
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "shippo-api-token",
                provider: "Shippo",
                description: "Shippo API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "shippo_live_", "shippo_test_" },
                pattern: Start + "shippo_(live|test)_[a-fA-F0-9]{40}" + End,
                visiblePrefixLength: 12,
                isValid: LooksRandom);
        }
    }
}
