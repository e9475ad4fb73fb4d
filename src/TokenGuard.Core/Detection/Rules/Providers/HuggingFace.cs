using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Hugging Face: user access tokens (hf_) and organisation API tokens (api_org_), 34 letters each.</summary>
    internal static class HuggingFace
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "huggingface-token",
                provider: "Hugging Face",
                description: "Hugging Face access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "hf_" },
                pattern: Start + "hf_[A-Za-z]{34}" + End,
                visiblePrefixLength: 3);
            yield return new TokenRule(
                id: "huggingface-org-token",
                provider: "Hugging Face",
                description: "Hugging Face organization API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "api_org_" },
                pattern: Start + "api_org_[A-Za-z]{34}" + End,
                visiblePrefixLength: 8,
                isValid: LooksRandom);
        }
    }
}
