using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules
{
    /// <summary>Code hosts and package registries.</summary>
    internal static class SourceControlRules
    {
        public static IEnumerable<TokenRule> All()
        {
            // github.blog 2021-04-05: prefix, 30 base62 characters, 6-character base62 CRC-32 of those 30.
            yield return Prefixed("github-classic", "GitHub", "GitHub personal access, OAuth, user-to-server, server-to-server or refresh token", TokenConfidence.High,
                new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, Start + "gh[pousr]_[A-Za-z0-9]{36}" + End,
                token => Base62Checksum.IsValid(token, prefixLength: 4), hasChecksum: true);
            yield return new TokenRule("github-fine-grained", "GitHub", "GitHub fine-grained personal access token", TokenConfidence.High,
                new[] { "github_pat_" }, Start + "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + End, 11);
            // GitLab docs, "Token prefixes".
            yield return Prefixed("gitlab-pat", "GitLab", "GitLab personal, project or group access token", TokenConfidence.High,
                new[] { "glpat-" }, Start + "glpat-[A-Za-z0-9_-]{20,}" + End);
            yield return new TokenRule("gitlab-token", "GitLab", "GitLab deploy, runner, pipeline trigger, CI job, incoming mail, SCIM, feature flag or agent token", TokenConfidence.High,
                new[] { "gldt-", "glrt-", "glptt-", "glcbt-", "glimt-", "glsoat-", "glffct-", "glagent-", "gloas-" },
                Start + "gl(dt|rt|ptt|cbt|imt|soat|ffct|agent|oas)-[A-Za-z0-9_-]{20,}" + End, 5);
            yield return Prefixed("gitlab-runner-registration", "GitLab", "GitLab runner registration token (legacy)", TokenConfidence.High,
                new[] { "GR1348941" }, Start + "GR1348941[A-Za-z0-9_-]{20}" + End, token => LooksRandom(token.Substring(9)));
            // github.blog 2021-09-23: npm tokens use GitHub's checksum scheme.
            yield return Prefixed("npm-token", "npm", "npm access token", TokenConfidence.High,
                new[] { "npm_" }, Start + "npm_[A-Za-z0-9]{36}" + End, token => Base62Checksum.IsValid(token, prefixLength: 4), hasChecksum: true);
            // PyPI API tokens are macaroons whose base64 starts with the "pypi.org" location.
            yield return Prefixed("pypi-token", "PyPI", "PyPI API token", TokenConfidence.High,
                new[] { "pypi-AgEIcHlwaS5vcmc" }, Start + "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}" + End);
            yield return Prefixed("docker-hub-pat", "Docker", "Docker Hub personal access token", TokenConfidence.High,
                new[] { "dckr_pat_" }, Start + "dckr_pat_[A-Za-z0-9_-]{27}" + End);
            yield return Prefixed("rubygems-api-key", "RubyGems", "RubyGems API key", TokenConfidence.High,
                new[] { "rubygems_" }, Start + "rubygems_[a-f0-9]{48}" + End);
            yield return Prefixed("clojars-token", "Clojars", "Clojars deploy token", TokenConfidence.High,
                new[] { "CLOJARS_" }, Start + "CLOJARS_[a-z0-9]{60}" + End);
            yield return Prefixed("postman-api-key", "Postman", "Postman API key", TokenConfidence.High,
                new[] { "PMAK-" }, Start + "PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + End);
            yield return Prefixed("figma-pat", "Figma", "Figma personal access token", TokenConfidence.High,
                new[] { "figd_" }, Start + "figd_[A-Za-z0-9_-]{40,64}" + End);
            yield return Prefixed("contentful-pat", "Contentful", "Contentful personal access token", TokenConfidence.High,
                new[] { "CFPAT-" }, Start + "CFPAT-[A-Za-z0-9_-]{43}" + End);
            yield return Prefixed("notion-token", "Notion", "Notion integration token", TokenConfidence.High,
                new[] { "ntn_" }, Start + "ntn_[0-9]{11}[A-Za-z0-9]{35}" + End);
            yield return Prefixed("airtable-pat", "Airtable", "Airtable personal access token", TokenConfidence.Medium,
                new[] { "pat" }, Start + "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}" + End);
        }
    }
}
