using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>JFrog Artifactory: API keys (AKCp), reference tokens (base64 of "ref…") and identity tokens after a JFrog name.</summary>
    internal static class Artifactory
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "artifactory-api-key",
                provider: "JFrog",
                description: "JFrog Artifactory API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "AKCp" },
                pattern: Start + "AKCp[A-Za-z0-9]{69}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "artifactory-reference-token",
                provider: "JFrog",
                description: "JFrog Artifactory reference token",
                confidence: TokenConfidence.High,
                keywords: new[] { "cmVmd" },
                pattern: Start + "cmVmd[A-Za-z0-9]{59}" + End,
                visiblePrefixLength: 5,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "jfrog-identity-token",
                provider: "JFrog",
                description: "JFrog identity token",
                confidence: TokenConfidence.Medium,
                keywords: Cases("jfrog", "artifactory"),
                pattern: Assigned("(jfrog|artifactory)" + NameFiller + "(token|password|secret)", "[A-Za-z0-9]{64}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
