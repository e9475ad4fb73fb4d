using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>New Relic: user API keys (NRAK-) and ingest insert keys (NRII-); browser keys (NRJS-) are public.</summary>
    internal static class NewRelic
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "newrelic-user-key",
                provider: "New Relic",
                description: "New Relic user API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "NRAK-" },
                pattern: Start + "NRAK-[A-Z0-9]{27}" + End,
                visiblePrefixLength: 5);
            yield return new TokenRule(
                id: "newrelic-insert-key",
                provider: "New Relic",
                description: "New Relic insert (ingest) key",
                confidence: TokenConfidence.High,
                keywords: new[] { "NRII-" },
                pattern: Start + "NRII-[A-Za-z0-9_-]{32}" + "(?![A-Za-z0-9_-])",
                visiblePrefixLength: 5,
                isValid: LooksRandom);
        }
    }
}
