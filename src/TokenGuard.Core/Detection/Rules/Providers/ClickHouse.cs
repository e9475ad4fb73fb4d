using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>ClickHouse Cloud API secret keys (4b1d and 38 alphanumerics).</summary>
    internal static class ClickHouse
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "clickhouse-cloud-api-secret-key",
                provider: "ClickHouse",
                description: "ClickHouse Cloud API secret key",
                confidence: TokenConfidence.High,
                keywords: new[] { "4b1d" },
                pattern: Start + "4b1d[A-Za-z0-9]{38}" + End,
                visiblePrefixLength: 4,
                isValid: key => LooksRandom(key) && HasDigitAndLetter(key, 4));
        }
    }
}
