using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>42 Intra (the 42 school network's API): OAuth client secrets, s-s4t2ud- or s-s4t2af- and 64 hex.</summary>
    internal static class Intra42
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "intra42-client-secret",
                provider: "42 Intra",
                description: "42 Intra OAuth client secret",
                confidence: TokenConfidence.High,
                keywords: new[] { "s-s4t2ud-", "s-s4t2af-" },
                pattern: Start + "s-s4t2(ud|af)-[a-f0-9]{64}" + End,
                visiblePrefixLength: 9,
                isValid: token => LooksRandom(token));
        }
    }
}
