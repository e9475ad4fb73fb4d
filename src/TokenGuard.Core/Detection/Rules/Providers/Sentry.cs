using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Sentry: organization or user auth token.</summary>
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
        }
    }
}
