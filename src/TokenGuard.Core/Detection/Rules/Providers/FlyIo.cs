using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Fly.io: legacy access tokens (fo1_) and macaroon tokens (fm1a_, fm1r_, fm2_, often after 'FlyV1 ').</summary>
    internal static class FlyIo
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "flyio-token",
                provider: "Fly.io",
                description: "Fly.io access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "fo1_" },
                pattern: Start + "fo1_[A-Za-z0-9_-]{43}" + End,
                visiblePrefixLength: 4);
            yield return new TokenRule(
                id: "flyio-macaroon-token",
                provider: "Fly.io",
                description: "Fly.io macaroon (deploy, org or machine) token",
                confidence: TokenConfidence.High,
                keywords: new[] { "fm1a_", "fm1r_", "fm2_" },
                pattern: Start + "fm(1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3}" + "(?![A-Za-z0-9+/=_-])",
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
