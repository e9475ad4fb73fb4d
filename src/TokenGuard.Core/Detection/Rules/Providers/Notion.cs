using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Notion: integration token.</summary>
    internal static class Notion
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "notion-token",
                provider: "Notion",
                description: "Notion integration token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "ntn_" },
                pattern: Start + "ntn_[0-9]{11}[A-Za-z0-9]{35}" + End);
        }
    }
}
