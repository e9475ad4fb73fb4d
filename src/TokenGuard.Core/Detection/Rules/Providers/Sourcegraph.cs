using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Sourcegraph access tokens: sgp_, a 16-hex instance id or 'local', and 40 hex; older tokens are sgp_ and 40 hex, or 40 hex alone after a Sourcegraph name.</summary>
    internal static class Sourcegraph
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "sourcegraph-access-token",
                provider: "Sourcegraph",
                description: "Sourcegraph access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "sgp_" },
                pattern: Start + "sgp_([a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}" + End,
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token) && GenericSecrets.ShannonEntropy(token) >= 3);
            yield return new TokenRule(
                id: "sourcegraph-legacy-token",
                provider: "Sourcegraph",
                description: "Sourcegraph access token (unprefixed) after a Sourcegraph name",
                confidence: TokenConfidence.Medium,
                keywords: Cases("sourcegraph"),
                pattern: Assigned("sourcegraph", "[a-fA-F0-9]{40}"),
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && HasDigitAndLetter(token, 0));
        }
    }
}
