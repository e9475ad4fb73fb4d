using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>GitHub: personal access, OAuth, user-to-server, server-to-server or refresh token; fine-grained personal access token; 40-hex tokens and OAuth client secrets after a GitHub name.</summary>
    internal static class GitHub
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // github.blog 2021-04-05: prefix, 30 base62 characters, 6-character base62 CRC-32 of those 30.
            yield return Prefixed(
                id: "github-classic",
                provider: "GitHub",
                description: "GitHub personal access, OAuth, user-to-server, server-to-server or refresh token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" },
                pattern: Start + "gh[pousr]_[A-Za-z0-9]{36}" + End,
                isValid: token => Base62Checksum.IsValid(token, prefixLength: 4),
                hasChecksum: true);
            // github.blog changelog 2026-04-24: installation tokens become ghs_<app id>_<JWT> (about 520 characters).
            yield return new TokenRule(
                id: "github-app-installation-jwt",
                provider: "GitHub",
                description: "GitHub App installation token (ghs_<app id>_<JWT>)",
                confidence: TokenConfidence.High,
                keywords: new[] { "ghs_" },
                pattern: Start + "ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}" + End,
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token.Substring(token.LastIndexOf('.') + 1)));
            yield return new TokenRule(
                id: "github-fine-grained",
                provider: "GitHub",
                description: "GitHub fine-grained personal access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "github_pat_" },
                pattern: Start + "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + End,
                visiblePrefixLength: 11);
            // Before the ghp_/gho_ prefixes (April 2021) tokens were 40 hex, as OAuth app client secrets still are: only after a GitHub token or secret name.
            yield return new TokenRule(
                id: "github-token-legacy",
                provider: "GitHub",
                description: "GitHub token or OAuth client secret (40 hex, before the prefixes)",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "github", "Github", "GitHub", "GITHUB", "gh_", "GH_" },
                pattern: Assigned("(github|gh)" + NameFiller + "(token|secret|pat)", "[a-f0-9]{40}"),
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && HasDigitAndLetter(token, 0));
        }
    }
}
