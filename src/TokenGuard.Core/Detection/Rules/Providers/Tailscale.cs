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
                // Any kind word: Tailscale adds kinds, and the id and secret after it carry the format. Its own dashes mark
                // where a key starts, so '_' or a digit before it (MY_tskey-…) is no word it belongs to; only a letter is.
                pattern: "(?<![A-Za-z])tskey-[a-z]{2,12}-[A-Za-z0-9]{6,24}-[A-Za-z0-9]{20,64}" + End,
                visiblePrefixLength: 6,
                isValid: LooksRandom);
        }
    }
}
