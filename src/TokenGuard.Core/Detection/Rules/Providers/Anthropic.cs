using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Anthropic: API or admin key.</summary>
    internal static class Anthropic
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "anthropic-api-key",
                provider: "Anthropic",
                description: "Anthropic API or admin key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "sk-ant-" },
                pattern: Start + "sk-ant-(api|admin)[0-9]{2}-[A-Za-z0-9_-]{78,}AA" + End);
        }
    }
}
