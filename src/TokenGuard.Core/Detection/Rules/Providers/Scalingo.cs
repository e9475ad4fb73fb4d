using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Scalingo API tokens (tk-us- and 48 characters).</summary>
    internal static class Scalingo
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "scalingo-api-token",
                provider: "Scalingo",
                description: "Scalingo API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "tk-us-" },
                pattern: Start + "tk-us-[A-Za-z0-9_-]{48}" + "(?![A-Za-z0-9_-])",
                visiblePrefixLength: 6,
                isValid: LooksRandom);
        }
    }
}
