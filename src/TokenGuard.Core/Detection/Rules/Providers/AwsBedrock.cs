using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Amazon Bedrock API keys: long-term (ABSK + base64) and short-term (bedrock-api-key- + a base64 presigned URL for bedrock.amazonaws.com).</summary>
    internal static class AwsBedrock
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "aws-bedrock-api-key",
                provider: "AWS",
                description: "Amazon Bedrock long-term API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "ABSK" },
                pattern: "(?<![A-Za-z0-9+/_-])ABSK[A-Za-z0-9+/]{109,269}={0,2}(?![A-Za-z0-9+/=_-])",
                visiblePrefixLength: 4,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "aws-bedrock-short-term-api-key",
                provider: "AWS",
                description: "Amazon Bedrock short-term API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" },
                pattern: Start + "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=_-])",
                visiblePrefixLength: 16);
        }
    }
}
