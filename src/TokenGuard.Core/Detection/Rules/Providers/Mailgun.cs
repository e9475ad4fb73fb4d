using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Mailgun: API keys (key-…; 32-8-8 hex where Mailgun is named).</summary>
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
            // Keys since 2023: 32 hex, 8 hex, 8 hex; the shape alone is too plain, so only where Mailgun is named.
            yield return new TokenRule(
                id: "mailgun-api-key-v2",
                provider: "Mailgun",
                description: "Mailgun API key",
                confidence: TokenConfidence.Medium,
                keywords: Cases("mailgun"),
                pattern: Start + "[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}" + End,
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
