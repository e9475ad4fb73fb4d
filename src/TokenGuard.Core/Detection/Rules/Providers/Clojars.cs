using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Clojars: deploy token.</summary>
    internal static class Clojars
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "clojars-token",
                provider: "Clojars",
                description: "Clojars deploy token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "CLOJARS_" },
                pattern: Start + "CLOJARS_[a-z0-9]{60}" + End);
        }
    }
}
