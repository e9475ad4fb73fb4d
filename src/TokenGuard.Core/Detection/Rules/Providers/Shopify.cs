using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Shopify: access, custom app, private app or shared secret.</summary>
    internal static class Shopify
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "shopify-token",
                provider: "Shopify",
                description: "Shopify access, custom app, private app or shared secret",
                confidence: TokenConfidence.High,
                keywords: new[] { "shpat_", "shpca_", "shppa_", "shpss_" },
                pattern: Start + "(shp(at|ca|pa|ss)_[a-fA-F0-9]{32}|shpss_[A-Za-z0-9]{32,64})" + End,
                visiblePrefixLength: 6,
                isValid: token => LooksRandom(token));
        }
    }
}
