using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Mailchimp: API key.</summary>
    internal static class Mailchimp
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "mailchimp-api-key",
                provider: "Mailchimp",
                description: "Mailchimp API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "-us" },
                pattern: Start + "[0-9a-f]{32}-us[0-9]{1,2}" + End,
                visiblePrefixLength: 0,
                // 32 hex digits, then "-us": the regex engine would try a start at every hex digit.
                startsBeforeKeyword: (Least: 32, Most: 32));
        }
    }
}
