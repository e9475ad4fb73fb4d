using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>AWS: access key id; secret access key (after an AWS secret name, or a secret name after its key id); AppSync API key; session token.</summary>
    internal static class Aws
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // AWS IAM identifiers: a 4-letter kind and 16 base32 characters; "…EXAMPLE" ids are documentation.
            yield return new TokenRule(
                id: "aws-access-key-id",
                provider: "AWS",
                description: "AWS access key id",
                confidence: TokenConfidence.High,
                keywords: new[] { "AKIA", "ASIA", "ABIA", "ACCA" },
                pattern: "(?<![A-Z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])",
                visiblePrefixLength: 4,
                isValid: token => !token.EndsWith("EXAMPLE", StringComparison.Ordinal),
                identifiesOnly: true,
                // Every match starts with a keyword: tried there only, not at every character the engine's start set allows.
                startsBeforeKeyword: (Least: 0, Most: 0));
            // A secret access key has no prefix: only 40 base64 characters right after a name that says so.
            yield return new TokenRule(
                id: "aws-secret-access-key",
                provider: "AWS",
                description: "AWS secret access key",
                confidence: TokenConfidence.High,
                keywords: new[] { "secret", "Secret", "SECRET" },
                pattern: @"(?i:aws)[A-Za-z0-9_.-]{0,20}(?i:secret)[A-Za-z0-9_.-]{0,20}[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
                visiblePrefixLength: 0,
                isValid: token => !token.EndsWith("EXAMPLEKEY", StringComparison.Ordinal));
            // trufflehog's shape: an access key id and, within a few lines after it, 40 base64 characters after a secret
            // name that does not say aws ({ id: AKIA…, secret: … }). The id's alphabet is taken loosely here; the secret decides.
            yield return new TokenRule(
                id: "aws-secret-access-key-paired",
                provider: "AWS",
                description: "AWS secret access key (after its access key id)",
                confidence: TokenConfidence.High,
                keywords: new[] { "AKIA", "ASIA", "ABIA", "ACCA" },
                pattern: @"(?<![A-Z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])[\s\S]{0,200}?(?i:secret)[A-Za-z0-9_.-]{0,20}[""']?[ \t]*[:=]{1,2}[^A-Za-z0-9/+\r\n]{0,4}(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token) && HasMixedCase(token) && !token.EndsWith("EXAMPLEKEY", StringComparison.Ordinal),
                // Every match starts with a keyword: tried there only, not at every character the engine's start set allows.
                startsBeforeKeyword: (Least: 0, Most: 0));
            // AppSync API keys: da2- and 26 lowercase alphanumerics (AWS AppSync docs, "API_KEY authorization"). A key opens
            // nothing without its GraphQL endpoint (<26-character api id>.appsync-api.<region>.amazonaws.com), so only beside one.
            yield return new TokenRule(
                id: "aws-appsync-api-key",
                provider: "AWS",
                description: "AWS AppSync API key (beside its endpoint)",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "da2-" },
                pattern: "(?<![A-Za-z0-9])[a-z0-9]{26}\\.appsync-api\\.[a-z0-9-]+\\.amazonaws\\.com[\\s\\S]{0,300}?" + Start + "(?<secret>da2-[a-z0-9]{26})" + End +
                    "|" + Start + "(?<secret>da2-[a-z0-9]{26})" + End + "[\\s\\S]{0,300}?(?<![A-Za-z0-9])[a-z0-9]{26}\\.appsync-api\\.[a-z0-9-]+\\.amazonaws\\.com",
                visiblePrefixLength: 4,
                requires: ".appsync-api.",
                isValid: token => LooksRandom(token.Substring(4)));
            yield return new TokenRule(
                id: "aws-session-token",
                provider: "AWS",
                description: "AWS session token",
                confidence: TokenConfidence.High,
                keywords: new[] { "session", "Session", "SESSION" },
                pattern: @"(?i:aws)[A-Za-z0-9_.-]{0,20}(?i:session)[A-Za-z0-9_.-]{0,20}[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[A-Za-z0-9/+=]{100,})",
                visiblePrefixLength: 0);
        }
    }
}
