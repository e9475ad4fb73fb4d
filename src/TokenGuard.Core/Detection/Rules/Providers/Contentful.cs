using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Contentful: personal access token.</summary>
    internal static class Contentful
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "contentful-pat",
                provider: "Contentful",
                description: "Contentful personal access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "CFPAT-" },
                pattern: Start + "CFPAT-[A-Za-z0-9_-]{43}" + End);
        }
    }
}
