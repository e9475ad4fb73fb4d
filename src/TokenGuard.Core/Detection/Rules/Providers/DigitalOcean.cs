using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>DigitalOcean: personal access, OAuth or refresh token.</summary>
    internal static class DigitalOcean
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "digitalocean-token",
                provider: "DigitalOcean",
                description: "DigitalOcean personal access, OAuth or refresh token",
                confidence: TokenConfidence.High,
                keywords: new[] { "dop_v1_", "doo_v1_", "dor_v1_" },
                pattern: Start + "do[por]_v1_[a-f0-9]{64}" + End,
                visiblePrefixLength: 7);
        }
    }
}
