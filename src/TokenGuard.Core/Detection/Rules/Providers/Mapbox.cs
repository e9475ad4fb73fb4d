using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Mapbox: secret access token.</summary>
    internal static class Mapbox
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "mapbox-secret-token",
                provider: "Mapbox",
                description: "Mapbox secret access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "sk.eyJ" },
                pattern: Start + "sk\\.eyJ[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,}" + End);
        }
    }
}
