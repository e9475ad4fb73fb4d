using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Bitbucket OAuth consumer secrets (64 characters after a Bitbucket secret name).</summary>
    internal static class Bitbucket
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "bitbucket-client-secret",
                provider: "Bitbucket",
                description: "Bitbucket OAuth consumer secret",
                confidence: TokenConfidence.Medium,
                keywords: Cases("bitbucket"),
                pattern: Assigned("bitbucket" + NameFiller + "secret", "[A-Za-z0-9=_-]{64}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
