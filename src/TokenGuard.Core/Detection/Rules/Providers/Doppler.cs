using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Doppler: service token.</summary>
    internal static class Doppler
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "doppler-token",
                provider: "Doppler",
                description: "Doppler service token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "dp.pt." },
                pattern: Start + "dp\\.pt\\.[A-Za-z0-9]{43}" + End);
        }
    }
}
