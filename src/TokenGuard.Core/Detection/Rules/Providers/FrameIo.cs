using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Frame.io developer tokens (fio-u- and 64 characters).</summary>
    internal static class FrameIo
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "frameio-api-token",
                provider: "Frame.io",
                description: "Frame.io developer token",
                confidence: TokenConfidence.High,
                keywords: new[] { "fio-u-" },
                pattern: Start + "fio-u-[A-Za-z0-9_=-]{64}" + "(?![A-Za-z0-9_=-])",
                visiblePrefixLength: 6,
                isValid: LooksRandom);
        }
    }
}
