using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>LaunchDarkly server-side SDK keys (sdk-) and API access tokens (api-), UUIDs after a LaunchDarkly name; mobile keys and client-side ids ship in apps.</summary>
    internal static class LaunchDarkly
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "launchdarkly-token",
                provider: "LaunchDarkly",
                description: "LaunchDarkly SDK key or API access token",
                confidence: TokenConfidence.High,
                keywords: Cases("launchdarkly", "ld_sdk", "ld_api"),
                pattern: Assigned("(launchdarkly|ld_sdk|ld_api)" + NameFiller + "(key|token)?", "(api|sdk)-" + Uuid),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
