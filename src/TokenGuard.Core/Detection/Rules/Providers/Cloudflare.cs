using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Cloudflare: Origin CA keys (v1.0-…), and API tokens (40) and global API keys (37 hex) after a Cloudflare name.</summary>
    internal static class Cloudflare
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "cloudflare-origin-ca-key",
                provider: "Cloudflare",
                description: "Cloudflare Origin CA key",
                confidence: TokenConfidence.High,
                keywords: new[] { "v1.0-" },
                pattern: Start + "v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}" + End,
                visiblePrefixLength: 5);
            // developers.cloudflare.com "Token formats": a scannable prefix (global key, user or account token), 40 characters, 8 hex.
            yield return new TokenRule(
                id: "cloudflare-prefixed-token",
                provider: "Cloudflare",
                description: "Cloudflare global API key or user / account API token (prefixed format)",
                confidence: TokenConfidence.High,
                keywords: new[] { "cfk_", "cfut_", "cfat_" },
                pattern: Start + "(cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}" + End,
                visiblePrefixLength: 5,
                isValid: token => LooksRandom(token));
            yield return new TokenRule(
                id: "cloudflare-api-token",
                provider: "Cloudflare",
                description: "Cloudflare API token",
                confidence: TokenConfidence.High,
                keywords: Cases("cloudflare"),
                pattern: Assigned("cloudflare", "[A-Za-z0-9_-]{40}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "cloudflare-global-api-key",
                provider: "Cloudflare",
                description: "Cloudflare global API key",
                confidence: TokenConfidence.High,
                keywords: Cases("cloudflare"),
                pattern: Assigned("cloudflare", "[a-f0-9]{37}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
