using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Heroku: API keys (HRKU-) and, before them, UUID API keys after a HEROKU_API_KEY-style name.</summary>
    internal static class Heroku
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "heroku-api-key",
                provider: "Heroku",
                description: "Heroku API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "HRKU-" },
                // HRKU-AA and 58 URL-safe characters: a character more or less is a typo or a made-up value.
                pattern: Start + "HRKU-AA[A-Za-z0-9_-]{58}" + End,
                visiblePrefixLength: 5);
            // HEROKU_APP_ID and other UUIDs under a Heroku name are identifiers: the name must say key, token or secret.
            yield return new TokenRule(
                id: "heroku-api-key-legacy",
                provider: "Heroku",
                description: "Heroku API key (UUID)",
                confidence: TokenConfidence.High,
                keywords: Cases("heroku"),
                pattern: Assigned("heroku" + NameFiller + "(key|token|secret|auth)", Uuid),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
