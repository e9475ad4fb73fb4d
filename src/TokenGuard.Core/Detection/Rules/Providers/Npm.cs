using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>npm: access token; legacy UUID tokens after an npm token name or _authToken.</summary>
    internal static class Npm
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // github.blog 2021-09-23: npm tokens use GitHub's checksum scheme.
            yield return Prefixed(
                id: "npm-token",
                provider: "npm",
                description: "npm access token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "npm_" },
                pattern: Start + "npm_[A-Za-z0-9]{36}" + End,
                isValid: token => Base62Checksum.IsValid(token, prefixLength: 4),
                hasChecksum: true);
            // Tokens before npm_ (2021) were UUIDs: after an npm token name or .npmrc's _authToken.
            yield return new TokenRule(
                id: "npm-token-legacy",
                provider: "npm",
                description: "npm access token (UUID, before npm_)",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "npm", "Npm", "NPM", "_authToken" },
                pattern: Near("(npm" + NameFiller + "token|_authToken)", Uuid, 20),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
