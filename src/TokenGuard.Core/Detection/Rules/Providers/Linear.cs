using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Linear: API keys (lin_api_) and OAuth client secrets (32 hex after a Linear secret name).</summary>
    internal static class Linear
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "linear-api-key",
                provider: "Linear",
                description: "Linear API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "lin_api_" },
                pattern: Start + "lin_api_[A-Za-z0-9]{40}" + End,
                visiblePrefixLength: 8);
            // "linear" is also an English word: the name must say secret, key or token.
            yield return new TokenRule(
                id: "linear-client-secret",
                provider: "Linear",
                description: "Linear OAuth client secret",
                confidence: TokenConfidence.Medium,
                keywords: Cases("linear"),
                pattern: Assigned("linear" + NameFiller + "(secret|key|token)", "[a-f0-9]{32}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
