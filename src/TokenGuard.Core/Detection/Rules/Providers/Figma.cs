using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Figma: personal access token.</summary>
    internal static class Figma
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "figma-pat",
                provider: "Figma",
                description: "Figma personal access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "figd_" },
                pattern: Start + "figd_[A-Za-z0-9_-]{40,64}" + End);
        }
    }
}
