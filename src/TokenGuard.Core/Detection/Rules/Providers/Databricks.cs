using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Databricks: personal access token.</summary>
    internal static class Databricks
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "databricks-token",
                provider: "Databricks",
                description: "Databricks personal access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "dapi" },
                pattern: Start + "dapi[a-fA-F0-9]{32}(-[0-9]+)?" + End,
                isValid: LooksRandom);
        }
    }
}
