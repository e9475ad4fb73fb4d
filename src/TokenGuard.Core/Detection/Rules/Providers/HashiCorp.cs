using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>HashiCorp: Vault service, batch or recovery token; Terraform Cloud / Enterprise API token.</summary>
    internal static class HashiCorp
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "hashicorp-vault-token",
                provider: "HashiCorp",
                description: "HashiCorp Vault service, batch or recovery token",
                confidence: TokenConfidence.High,
                keywords: new[] { "hvs.", "hvb.", "hvr." },
                pattern: Start + "hv[sbr]\\.[A-Za-z0-9_-]{24,}" + End,
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token.Substring(4)));
            // Before Vault 1.10 a service token was s. and 24 base62 characters: too plain to find alone, so only on a
            // line that names Vault (VAULT_TOKEN=, X-Vault-Token:, vault login …); elsewhere the generic decision sees it
            // under a token's name. Random ones mix cases and digits; s.AcceptanceTimeoutSeconds is a member access.
            yield return new TokenRule(
                id: "hashicorp-vault-legacy-token",
                provider: "HashiCorp",
                description: "HashiCorp Vault legacy service token (s.)",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "vault", "Vault", "VAULT" },
                pattern: "(?i:vault)[^\\r\\n]{0,40}?(?<![A-Za-z0-9_.$])(?<secret>s\\.[A-Za-z0-9]{24})" + End,
                visiblePrefixLength: 2,
                isValid: token => HasDigitAndLetter(token, 2) && HasMixedCase(token) && LooksRandom(token));
            yield return new TokenRule(
                id: "terraform-cloud-token",
                provider: "HashiCorp",
                description: "Terraform Cloud / Enterprise API token",
                confidence: TokenConfidence.High,
                keywords: new[] { ".atlasv1." },
                pattern: Start + "[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}" + End,
                visiblePrefixLength: 0);
        }
    }
}
