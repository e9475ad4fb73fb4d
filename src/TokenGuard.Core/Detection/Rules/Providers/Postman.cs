using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Postman: API key.</summary>
    internal static class Postman
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "postman-api-key",
                provider: "Postman",
                description: "Postman API key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "PMAK-" },
                pattern: Start + "PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + End);
        }
    }
}
