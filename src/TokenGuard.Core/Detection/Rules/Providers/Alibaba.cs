using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Alibaba Cloud: AccessKey ids (LTAI + 20) and secrets (30 alphanumerics after an Alibaba name).</summary>
    internal static class Alibaba
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "alibaba-access-key-id",
                provider: "Alibaba Cloud",
                description: "Alibaba Cloud AccessKey id",
                confidence: TokenConfidence.High,
                keywords: new[] { "LTAI" },
                pattern: Start + "LTAI[A-Za-z0-9]{20}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom,
                identifiesOnly: true);
            yield return new TokenRule(
                id: "alibaba-secret-key",
                provider: "Alibaba Cloud",
                description: "Alibaba Cloud AccessKey secret",
                confidence: TokenConfidence.High,
                keywords: Cases("alibaba", "aliyun"),
                pattern: Assigned("(alibaba|aliyun)" + NameFiller + "(secret|key)", "[A-Za-z0-9]{30}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
