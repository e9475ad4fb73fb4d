using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>RubyGems: API key.</summary>
    internal static class RubyGems
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "rubygems-api-key",
                provider: "RubyGems",
                description: "RubyGems API key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "rubygems_" },
                pattern: Start + "rubygems_[a-f0-9]{48}" + End);
        }
    }
}
