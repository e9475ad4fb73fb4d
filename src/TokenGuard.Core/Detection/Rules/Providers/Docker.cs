using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Docker: Hub personal access token.</summary>
    internal static class Docker
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return Prefixed(
                id: "docker-hub-pat",
                provider: "Docker",
                description: "Docker Hub personal access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "dckr_pat_" },
                pattern: Start + "dckr_pat_[A-Za-z0-9_-]{27}" + End);
        }
    }
}
