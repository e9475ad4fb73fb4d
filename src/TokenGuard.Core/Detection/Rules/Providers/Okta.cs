using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Okta API (SSWS) tokens: 00 and 40 characters, after an Okta name or the word Okta on the same line.</summary>
    internal static class Okta
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "okta-api-token",
                provider: "Okta",
                description: "Okta API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "okta", "Okta", "OKTA" },
                pattern: Assigned("okta", "00[A-Za-z0-9_=-]{40}") + "|" + Near("okta" + NameFiller, "00[A-Za-z0-9_-]{40}"),
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && GenericSecrets.ShannonEntropy(token) >= 3);
        }
    }
}
