using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>GitLab: personal, project or group access token; deploy, runner, pipeline trigger, CI job, incoming mail, SCIM, feature flag or agent token; runner registration token (legacy); 20-character personal access tokens before glpat- after a GitLab token name.</summary>
    internal static class GitLab
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // GitLab docs, "Token prefixes".
            yield return Prefixed(
                id: "gitlab-pat",
                provider: "GitLab",
                description: "GitLab personal, project or group access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "glpat-" },
                pattern: Start + "glpat-[A-Za-z0-9_-]{20,}" + End);
            yield return new TokenRule(
                id: "gitlab-token",
                provider: "GitLab",
                description: "GitLab deploy, runner, pipeline trigger, CI job, incoming mail, SCIM, feature flag or agent token",
                confidence: TokenConfidence.High,
                keywords: new[] { "gldt-", "glrt-", "glptt-", "glcbt-", "glimt-", "glsoat-", "glffct-", "glagent-", "gloas-" },
                pattern: Start + "gl(dt|rt|ptt|cbt|imt|soat|ffct|agent|oas)-[A-Za-z0-9_-]{20,}" + End,
                visiblePrefixLength: 5);
            yield return Prefixed(
                id: "gitlab-runner-registration",
                provider: "GitLab",
                description: "GitLab runner registration token (legacy)",
                confidence: TokenConfidence.High,
                prefixes: new[] { "GR1348941" },
                pattern: Start + "GR1348941[A-Za-z0-9_-]{20}" + End,
                isValid: token => LooksRandom(token.Substring(9)));
            // Personal access tokens before glpat- (GitLab 14.5): 20 characters, only after a GitLab token name.
            yield return new TokenRule(
                id: "gitlab-pat-legacy",
                provider: "GitLab",
                description: "GitLab personal access token (before glpat-)",
                confidence: TokenConfidence.Medium,
                keywords: Cases("gitlab"),
                pattern: Assigned("gitlab" + NameFiller + "(token|pat|secret)", "[A-Za-z0-9_-]{20}"),
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && HasMixedCase(token) && HasDigitAndLetter(token, 0));
        }
    }
}
