using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>ReadMe API keys (rdme_ and 70 lower-case alphanumerics).</summary>
    internal static class Readme
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "readme-api-token",
                provider: "ReadMe",
                description: "ReadMe API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "rdme_" },
                pattern: Start + "rdme_[a-z0-9]{70}" + End,
                visiblePrefixLength: 5,
                isValid: LooksRandom);
        }
    }
}
