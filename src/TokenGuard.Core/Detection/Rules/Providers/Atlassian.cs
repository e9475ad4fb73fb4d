using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Atlassian (Jira, Confluence, Bitbucket): API tokens (ATATT3; ATCTT3 organisation admin keys; checksum not public) and older 24-character tokens after a Jira, Confluence or Atlassian name.</summary>
    internal static class Atlassian
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "atlassian-api-token",
                provider: "Atlassian",
                description: "Atlassian (Jira, Confluence, Bitbucket) API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "ATATT3", "ATCTT3" },
                pattern: Start + "AT[AC]TT3[A-Za-z0-9_=-]{150,}" + End,
                visiblePrefixLength: 6);
            // JIRA_URL, JIRA_USER and other names without token, key, secret or password hold no secret.
            yield return new TokenRule(
                id: "atlassian-api-token-legacy",
                provider: "Atlassian",
                description: "Atlassian API token (before ATATT3)",
                confidence: TokenConfidence.Medium,
                keywords: Cases("atlassian", "confluence", "jira"),
                pattern: Assigned("(atlassian|confluence|jira)" + NameFiller + "(token|key|secret|password|pat)", "[A-Za-z0-9]{24}") + "|" + Near("atlassian|confluence|jira", "[A-Za-z0-9]{24}", 20),
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && HasMixedCase(token) && !IsNameInWords(token));
        }
    }
}
