using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Vercel: personal (vcp_), integration (vci_), app access (vca_) and refresh (vcr_) tokens and API keys (vck_).</summary>
    internal static class Vercel
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "vercel-token",
                provider: "Vercel",
                description: "Vercel access token or API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "vcp_", "vci_", "vca_", "vcr_", "vck_" },
                pattern: Start + "vc[piark]_[A-Za-z0-9]{20,60}" + End,
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token) && HasDigitAndLetter(token, 4));
        }
    }
}
