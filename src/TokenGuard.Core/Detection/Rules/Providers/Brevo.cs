using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Brevo (formerly Sendinblue) API and SMTP keys.</summary>
    internal static class Brevo
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "brevo-api-key",
                provider: "Brevo",
                description: "Brevo (Sendinblue) API or SMTP key",
                confidence: TokenConfidence.High,
                keywords: new[] { "xkeysib-", "xsmtpsib-" },
                pattern: Start + "x(keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}" + End,
                visiblePrefixLength: 8,
                isValid: LooksRandom);
        }
    }
}
