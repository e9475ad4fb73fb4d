using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>MaxMind GeoIP license keys: 37 characters and the _mmk suffix.</summary>
    internal static class MaxMind
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "maxmind-license-key",
                provider: "MaxMind",
                description: "MaxMind license key",
                confidence: TokenConfidence.High,
                keywords: new[] { "_mmk" },
                pattern: Start + "[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk" + End,
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token));
        }
    }
}
