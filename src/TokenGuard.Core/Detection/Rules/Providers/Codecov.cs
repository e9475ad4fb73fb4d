using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Codecov upload and access tokens (a UUID or 32 hex after a Codecov token name).</summary>
    internal static class Codecov
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "codecov-token",
                provider: "Codecov",
                description: "Codecov upload or access token",
                confidence: TokenConfidence.Medium,
                keywords: Cases("codecov"),
                pattern: Assigned("codecov" + NameFiller + "token", "(" + Uuid + "|[a-f0-9]{32})"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
