using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Meta / Facebook: user, page and app access tokens (EAA…), app access tokens (id|secret) and app secrets (32 hex) after a Facebook name.</summary>
    internal static class Facebook
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "facebook-access-token",
                provider: "Meta",
                description: "Facebook access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "EAACEdEose0cBA" },
                pattern: Start + "EAACEdEose0cBA[0-9A-Za-z]{20,}" + End,
                visiblePrefixLength: 14);
            yield return new TokenRule(
                id: "facebook-page-access-token",
                provider: "Meta",
                description: "Facebook page or app access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "EAAM", "EAAC" },
                pattern: Start + "EAA[MC][A-Za-z0-9]{100,}" + End,
                visiblePrefixLength: 4,
                isValid: LooksRandom,
                // Every match starts with a keyword: tried there only, not at every character the engine's start set allows.
                startsBeforeKeyword: (Least: 0, Most: 0));
            // An app access token is the app id, '|' (or %7C in a URL) and the app secret, written after a Facebook name.
            yield return new TokenRule(
                id: "facebook-app-access-token",
                provider: "Meta",
                description: "Facebook app access token (app id | app secret)",
                confidence: TokenConfidence.High,
                keywords: Cases("facebook"),
                pattern: @"(?i:facebook)[^\r\n]{0,40}?(?<![0-9])(?<secret>[0-9]{15,16}(\||%7[Cc])[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])",
                visiblePrefixLength: 0,
                isValid: token => LooksRandom(token.Substring(token.Length - 27)));
            yield return new TokenRule(
                id: "facebook-app-secret",
                provider: "Meta",
                description: "Facebook app secret",
                confidence: TokenConfidence.Medium,
                keywords: Cases("facebook"),
                pattern: Assigned("facebook" + NameFiller + "(secret|key|token)", "[a-f0-9]{32}"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
