using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Infracost API tokens (ico- and 32 alphanumerics).</summary>
    internal static class Infracost
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "infracost-api-token",
                provider: "Infracost",
                description: "Infracost API token",
                confidence: TokenConfidence.High,
                keywords: new[] { "ico-" },
                pattern: "(?<![A-Za-z0-9_./-])ico-[A-Za-z0-9]{32}" + End, // not a file name's "….ico-<hash>"
                visiblePrefixLength: 4,
                isValid: LooksRandom);
        }
    }
}
