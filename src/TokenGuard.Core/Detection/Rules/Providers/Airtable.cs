using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Airtable: personal access token.</summary>
    internal static class Airtable
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "airtable-pat",
                provider: "Airtable",
                description: "Airtable personal access token",
                confidence: TokenConfidence.Medium,
                prefixes: new[] { "pat" },
                pattern: Start + "pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}" + End);
        }
    }
}
