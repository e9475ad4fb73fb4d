using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>PagerDuty: user API keys (u+ and 18 characters) where PagerDuty is named on the same line.</summary>
    internal static class PagerDuty
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "pagerduty-api-key",
                provider: "PagerDuty",
                description: "PagerDuty user API key",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "pagerduty", "PagerDuty", "Pagerduty", "PAGERDUTY", "pager_duty", "PAGER_DUTY" },
                pattern: Near("pager[_-]?duty" + NameFiller, "u\\+[A-Za-z0-9_+-]{18}"),
                visiblePrefixLength: 2,
                isValid: token => LooksRandom(token.Substring(2)) && HasMixedCase(token));
        }
    }
}
