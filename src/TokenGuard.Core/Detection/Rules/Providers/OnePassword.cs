using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>1Password: service account tokens (ops_ + base64 JSON) and account secret keys (A3-…).</summary>
    internal static class OnePassword
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "1password-service-account-token",
                provider: "1Password",
                description: "1Password service account token",
                confidence: TokenConfidence.High,
                keywords: new[] { "ops_eyJ" },
                pattern: Start + "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}" + @"(?![A-Za-z0-9+/=_-])",
                visiblePrefixLength: 4);
            yield return new TokenRule(
                id: "1password-secret-key",
                provider: "1Password",
                description: "1Password account secret key",
                confidence: TokenConfidence.High,
                keywords: new[] { "A3-" },
                pattern: "(?<![A-Za-z0-9_-])A3-[A-Z0-9]{6}-([A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9_-])",
                visiblePrefixLength: 3,
                isValid: LooksRandom);
        }
    }
}
