using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Datadog: API or application key.</summary>
    internal static class Datadog
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "datadog-api-key",
                provider: "Datadog",
                description: "Datadog API or application key",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "dd", "DD", "datadog", "Datadog", "DATADOG" },
                pattern: @"(?i:dd|datadog)[_.-]?(?i:api|app|application)[_.-]?(?i:key)[""']?\s*[:=]{1,2}\s*[""']?(?<secret>[a-f0-9]{32}([a-f0-9]{8})?)(?![A-Za-z0-9])",
                visiblePrefixLength: 0,
                mayMatch: DatadogKeyName.MayBeIn);
        }
    }
}
