using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Bitbucket: OAuth consumer secrets (64 characters after a Bitbucket secret name); app passwords (ATBB…).</summary>
    internal static class Bitbucket
    {
        private const string AppPassword = "ATBB[A-Za-z0-9_=.-]{24,}";

        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "bitbucket-client-secret",
                provider: "Bitbucket",
                description: "Bitbucket OAuth consumer secret",
                confidence: TokenConfidence.Medium,
                keywords: Cases("bitbucket"),
                pattern: Assigned("bitbucket" + NameFiller + "secret", "[A-Za-z0-9=_-]{64}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
            // App passwords begin ATBB. Alone one authenticates nobody: reported as the password of username:ATBB… (a URL,
            // git credentials), of a ("username", "ATBB…") basic-auth pair, or where Bitbucket is named on the line.
            yield return new TokenRule(
                id: "bitbucket-app-password",
                provider: "Bitbucket",
                description: "Bitbucket app password",
                confidence: TokenConfidence.High,
                keywords: new[] { "ATBB" },
                pattern: "(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{1,30}:(?<secret>" + AppPassword + ")" + End +
                    "|\"[A-Za-z0-9_-]{1,30}\",\\s*\"(?<secret>" + AppPassword + ")\"" +
                    "|" + Near("bitbucket" + NameFiller, AppPassword, 60),
                visiblePrefixLength: 4,
                isValid: token => LooksRandom(token.Substring(4)) && HasMixedCase(token.Substring(4)) && HasDigitAndLetter(token, 4));
        }
    }
}
