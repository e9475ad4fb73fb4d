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
