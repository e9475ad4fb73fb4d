using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>AWS: access key id; secret access key; session token.</summary>
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
                identifiesOnly: true);
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
