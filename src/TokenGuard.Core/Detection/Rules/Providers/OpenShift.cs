using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>OpenShift user OAuth access tokens (sha256~ and 43 base64url characters).</summary>
    internal static class OpenShift
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "openshift-user-token",
                provider: "OpenShift",
                description: "OpenShift user token",
                confidence: TokenConfidence.High,
                keywords: new[] { "sha256~" },
                pattern: Start + "sha256~[A-Za-z0-9_-]{43}" + "(?![A-Za-z0-9_-])",
                visiblePrefixLength: 7,
                isValid: LooksRandom);
        }
    }
}
