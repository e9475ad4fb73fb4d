using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Google: API key; OAuth client secret.</summary>
    internal static class Google
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "google-api-key",
                provider: "Google",
                description: "Google API key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "AIza" },
                pattern: Start + "AIza[0-9A-Za-z_-]{35}" + End,
                isValid: LooksRandom);
            yield return Prefixed(
                id: "google-oauth-client-secret",
                provider: "Google",
                description: "Google OAuth client secret",
                confidence: TokenConfidence.High,
                prefixes: new[] { "GOCSPX-" },
                pattern: Start + "GOCSPX-[A-Za-z0-9_-]{28}" + End);
        }
    }
}
