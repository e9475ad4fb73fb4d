using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Tailscale: API access tokens, auth keys, OAuth client secrets, SCIM and webhook secrets (tskey-kind-id-secret).</summary>
    internal static class Tailscale
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "tailscale-key",
                provider: "Tailscale",
                description: "Tailscale API access token, auth key, OAuth client, SCIM or webhook secret",
                confidence: TokenConfidence.High,
                keywords: new[] { "tskey-" },
                pattern: Start + "tskey-(api|auth|client|scim|webhook)-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64}" + End,
                visiblePrefixLength: 6,
                isValid: LooksRandom);
        }
    }
}
