using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Mailgun: API key.</summary>
    internal static class Mailgun
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "mailgun-api-key",
                provider: "Mailgun",
                description: "Mailgun API key",
                confidence: TokenConfidence.Medium,
                prefixes: new[] { "key-" },
                pattern: Start + "key-[0-9a-f]{32}" + End);
        }
    }
}
