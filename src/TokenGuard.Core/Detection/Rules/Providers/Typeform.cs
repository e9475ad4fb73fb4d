using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Typeform personal access tokens (tfp_).</summary>
    internal static class Typeform
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "typeform-api-token",
                provider: "Typeform",
                description: "Typeform personal access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "tfp_" },
                pattern: Start + "tfp_[A-Za-z0-9_.=-]{59}" + "(?![A-Za-z0-9_.=-])",
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
