using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Sidekiq Pro / Enterprise: the gem server credentials (user:password, 8 hex each) Bundler reads from the environment or a source URL.</summary>
    internal static class Sidekiq
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "sidekiq-secret",
                provider: "Sidekiq",
                description: "Sidekiq Pro / Enterprise gem server credentials",
                confidence: TokenConfidence.High,
                keywords: new[] { "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", "BUNDLE_GEMS__CONTRIBSYS__COM" },
                pattern: Assigned("BUNDLE_(ENTERPRISE|GEMS)__CONTRIBSYS__COM", "[a-fA-F0-9]{8}:[a-fA-F0-9]{8}"),
                visiblePrefixLength: 0);
            yield return new TokenRule(
                id: "sidekiq-sensitive-url",
                provider: "Sidekiq",
                description: "Sidekiq Pro / Enterprise gem server URL with credentials",
                confidence: TokenConfidence.High,
                keywords: new[] { "gems.contribsys.com", "enterprise.contribsys.com" },
                pattern: @"(?i:https?)://(?<secret>[a-fA-F0-9]{8}:[a-fA-F0-9]{8})@(gems|enterprise)\.contribsys\.com(?![A-Za-z0-9.-])",
                visiblePrefixLength: 0);
        }
    }
}
