using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Perplexity API keys (pplx- and 48 alphanumerics).</summary>
    internal static class Perplexity
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "perplexity-api-key",
                provider: "Perplexity",
                description: "Perplexity API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "pplx-" },
                pattern: Start + "pplx-[A-Za-z0-9]{48}" + End,
                visiblePrefixLength: 5,
                isValid: LooksRandom);
        }
    }
}
