using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Square: access token or OAuth secret.</summary>
    internal static class Square
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "square-token",
                provider: "Square",
                description: "Square access token or OAuth secret",
                confidence: TokenConfidence.High,
                keywords: new[] { "sq0atp-", "sq0csp-", "EAAA" },
                pattern: Start + "(sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_-]{60})" + End,
                visiblePrefixLength: 4,
                // Every match starts with a keyword: tried there only, not at every character the engine's start set allows.
                startsBeforeKeyword: (Least: 0, Most: 0));
        }
    }
}
