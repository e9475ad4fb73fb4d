using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Google: API key; OAuth client secret; OAuth refresh and access tokens.</summary>
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
            // OAuth refresh tokens (application default credentials, gcloud, client libraries' token stores): "1//0" and URL-safe base64.
            yield return Prefixed(
                id: "google-oauth-refresh-token",
                provider: "Google",
                description: "Google OAuth refresh token",
                confidence: TokenConfidence.High,
                prefixes: new[] { "1//0" },
                pattern: "(?<![A-Za-z0-9_/-])1//0[A-Za-z0-9_-]{40,}" + End,
                isValid: token => LooksRandom(token.Substring(4)) && HasMixedCase(token));
            // OAuth access tokens: "ya29." and URL-safe characters; short-lived, but a bearer credential while they last.
            yield return Prefixed(
                id: "google-oauth-access-token",
                provider: "Google",
                description: "Google OAuth access token",
                confidence: TokenConfidence.Medium,
                prefixes: new[] { "ya29." },
                pattern: Start + "ya29\\.[A-Za-z0-9_-]{40,}" + End,
                isValid: token => LooksRandom(token.Substring(5)) && HasDigitAndLetter(token, 5));
        }
    }
}
