using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Pulumi: access token.</summary>
    internal static class Pulumi
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "pulumi-token",
                provider: "Pulumi",
                description: "Pulumi access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "pul-" },
                pattern: Start + "pul-[a-f0-9]{40}" + End);
        }
    }
}
