using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>PlanetScale: password or service token.</summary>
    internal static class PlanetScale
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "planetscale-token",
                provider: "PlanetScale",
                description: "PlanetScale password or service token",
                confidence: TokenConfidence.High,
                keywords: new[] { "pscale_tkn_", "pscale_pw_" },
                pattern: Start + "pscale_(tkn|pw)_[A-Za-z0-9_.-]{32,64}" + End,
                visiblePrefixLength: 7);
        }
    }
}
