using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Dynatrace: API token.</summary>
    internal static class Dynatrace
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "dynatrace-token",
                provider: "Dynatrace",
                description: "Dynatrace API token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "dt0c01." },
                pattern: Start + "dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}" + End);
        }
    }
}
