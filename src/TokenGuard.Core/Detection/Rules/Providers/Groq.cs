using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Groq API keys (gsk_ and 52 alphanumerics).</summary>
    internal static class Groq
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "groq-api-key",
                provider: "Groq",
                description: "Groq API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "gsk_" },
                pattern: Start + "gsk_[A-Za-z0-9]{52}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
