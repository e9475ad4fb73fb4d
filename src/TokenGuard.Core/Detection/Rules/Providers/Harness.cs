using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Harness personal access and service account tokens (pat. / sat. account.id.secret).</summary>
    internal static class Harness
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "harness-api-key",
                provider: "Harness",
                description: "Harness personal access or service account token",
                confidence: TokenConfidence.High,
                keywords: new[] { "pat.", "sat." },
                pattern: Start + "(pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom,
                // Every match starts with a keyword: tried there only, not at every character the engine's start set allows.
                startsBeforeKeyword: (Least: 0, Most: 0));
        }
    }
}
