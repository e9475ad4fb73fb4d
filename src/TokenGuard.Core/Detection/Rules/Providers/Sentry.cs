using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Sentry: organization or user auth token; older 64-hex auth tokens after a Sentry name.</summary>
    internal static class Sentry
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "sentry-token",
                provider: "Sentry",
                description: "Sentry organization or user auth token",
                confidence: TokenConfidence.High,
                keywords: new[] { "sntrys_", "sntryu_" },
                pattern: Start + "(sntrys_[A-Za-z0-9+/=_]{60,}|sntryu_[a-f0-9]{64})" + End,
                visiblePrefixLength: 7);
            // Auth tokens before the sntrys_/sntryu_ prefixes: 64 hex after a Sentry token or key name (SENTRY_AUTH_TOKEN).
            yield return new TokenRule(
                id: "sentry-token-legacy",
                provider: "Sentry",
                description: "Sentry auth token (before the sntry prefixes)",
                confidence: TokenConfidence.Medium,
                keywords: Cases("sentry"),
                pattern: Assigned("sentry" + NameFiller + "(token|key)", "[a-f0-9]{64}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
