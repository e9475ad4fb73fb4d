using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>The table of known token formats. Each rule documents where its format comes from.</summary>
    public static class KnownTokenRules
    {
        // Tokens are delimited: not preceded or followed by another token character.
        private const string Start = @"(?<![A-Za-z0-9_])";
        private const string End = @"(?![A-Za-z0-9_])";

        public static IReadOnlyList<TokenRule> All { get; } = new[]
        {
            // github.blog 2021-04-05 "Behind GitHub's new authentication token formats":
            // prefix, 30 base62 characters, then a 6-character base62 CRC-32 of those 30.
            new TokenRule(
                "github-classic",
                "GitHub",
                "GitHub personal access, OAuth, user-to-server, server-to-server or refresh token",
                TokenConfidence.High,
                new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" },
                Start + "gh[pousr]_[A-Za-z0-9]{36}" + End,
                visiblePrefixLength: 4,
                isValid: token => Base62Checksum.IsValid(token, prefixLength: 4)),

            // Fine-grained PATs: github_pat_ + 22 + '_' + 59 characters.
            new TokenRule(
                "github-fine-grained",
                "GitHub",
                "GitHub fine-grained personal access token",
                TokenConfidence.High,
                new[] { "github_pat_" },
                Start + "github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + End,
                visiblePrefixLength: 11),

            // AWS access key ids: a 4-letter kind and 16 base32 characters.
            new TokenRule(
                "aws-access-key-id",
                "AWS",
                "AWS access key id",
                TokenConfidence.High,
                new[] { "AKIA", "ASIA", "ABIA", "ACCA" },
                "(?<![A-Z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])",
                visiblePrefixLength: 4,
                isValid: token => !token.EndsWith("EXAMPLE", StringComparison.Ordinal)),

            // Slack bot, user, app-level, refresh and configuration tokens.
            new TokenRule(
                "slack-token",
                "Slack",
                "Slack API token",
                TokenConfidence.High,
                new[] { "xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxr-", "xoxs-", "xoxo-" },
                Start + "xox[bpaeros]-[0-9]{10,13}-[A-Za-z0-9-]{20,}" + End,
                visiblePrefixLength: 5),

            new TokenRule(
                "slack-webhook",
                "Slack",
                "Slack incoming webhook URL",
                TokenConfidence.High,
                new[] { "hooks.slack.com/" },
                @"https://hooks\.slack\.com/(services|workflows|triggers)/T[A-Z0-9]{8,}/[A-Z0-9]{8,}/[A-Za-z0-9]{20,}",
                visiblePrefixLength: 23),

            // Stripe secret and restricted keys (never the publishable pk_ keys).
            new TokenRule(
                "stripe-secret-key",
                "Stripe",
                "Stripe secret or restricted API key",
                TokenConfidence.High,
                new[] { "sk_live_", "sk_test_", "rk_live_", "rk_test_" },
                Start + "[sr]k_(live|test)_[A-Za-z0-9]{24,247}" + End,
                visiblePrefixLength: 8),

            // PEM and OpenSSH private key blocks with a real body (not "..." placeholders).
            new TokenRule(
                "private-key",
                "PEM",
                "Private key block",
                TokenConfidence.High,
                new[] { "PRIVATE KEY-----" },
                @"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----\s*([A-Za-z-]+:[^\r\n]*\r?\n\s*)*[A-Za-z0-9+/=\r\n]{64,}",
                visiblePrefixLength: 10),
        };
    }
}
