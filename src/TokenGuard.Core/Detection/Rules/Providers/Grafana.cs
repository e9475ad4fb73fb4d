using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Grafana: Cloud tokens (glc_), service account tokens (glsa_) and legacy API keys (base64 JSON starting {"k":").</summary>
    internal static class Grafana
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "grafana-token",
                provider: "Grafana",
                description: "Grafana Cloud or service account token",
                confidence: TokenConfidence.High,
                keywords: new[] { "glc_", "glsa_" },
                pattern: Start + "(glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})" + End,
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token.Substring(4)));
            yield return new TokenRule(
                id: "grafana-api-key",
                provider: "Grafana",
                description: "Grafana API key (legacy)",
                confidence: TokenConfidence.High,
                keywords: new[] { "eyJrIjoi" },
                pattern: Start + "eyJrIjoi[A-Za-z0-9]{70,400}={0,3}" + "(?![A-Za-z0-9+/=_-])",
                visiblePrefixLength: 8,
                isValid: LooksRandom);
        }
    }
}
