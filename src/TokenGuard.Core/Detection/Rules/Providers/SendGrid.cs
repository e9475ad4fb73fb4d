using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>SendGrid: API key.</summary>
    internal static class SendGrid
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "sendgrid-api-key",
                provider: "SendGrid",
                description: "SendGrid API key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "SG." },
                pattern: Start + "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}" + End);
        }
    }
}
