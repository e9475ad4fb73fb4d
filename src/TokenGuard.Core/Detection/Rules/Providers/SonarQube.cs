using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>SonarQube and SonarCloud: user (squ_), project (sqp_) and global analysis (sqa_) tokens; older tokens are 40 characters after a sonar.login / SONAR_TOKEN name.</summary>
    internal static class SonarQube
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "sonarqube-token",
                provider: "SonarQube",
                description: "SonarQube user, project analysis or global analysis token",
                confidence: TokenConfidence.High,
                keywords: new[] { "squ_", "sqp_", "sqa_", "sqco_" },
                pattern: Start + "(sq[upa]_[A-Za-z0-9]{40}|sqco_[A-Za-z0-9]{59})" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "sonarqube-legacy-token",
                provider: "SonarQube",
                description: "SonarQube or SonarCloud token (unprefixed) after a sonar.login or sonar.token name",
                confidence: TokenConfidence.Medium,
                keywords: Cases("sonar"),
                pattern: Assigned("sonar[_.-]?((api|auth)[_.-]?)?(login|token|key)", "[A-Za-z0-9]{40}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
