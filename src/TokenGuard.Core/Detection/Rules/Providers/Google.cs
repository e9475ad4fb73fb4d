using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Google: API key; OAuth client secret; OAuth refresh and access tokens; service account key files.</summary>
    internal static class Google
    {
        // A "private_key" field (JSON, or JSON escaped inside a string) whose value is not a PEM private key with a body:
        // after its header line, 64 base64 characters, as every real key has and "…", "<redacted>" or "***" does not.
        private const string RedactedPrivateKey =
            @"\\?""private_key\\?""[ \t]*:[ \t]*\\?""(?!-----BEGIN ([A-Z]+ )?PRIVATE KEY-----(\\?\\n)+[A-Za-z0-9+/]{64})";

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
            // A service account key file (JSON, or JSON escaped inside another string): "type": "service_account" and the
            // key's 40-hex private_key_id beside its private key. The id names the key rather than being it, as an AWS
            // access key id does; where it is, the key file is, unless the same object shows its private key redacted
            // (a documentation sample: a PEM header with no key body after it, or "***"), before or after it.
            yield return new TokenRule(
                id: "gcp-service-account-key",
                provider: "Google",
                description: "Google Cloud service account key file (private_key_id)",
                confidence: TokenConfidence.High,
                keywords: new[] { "private_key_id" },
                pattern: "\\\\?\"private_key_id\\\\?\"[ \\t]*:[ \\t]*\\\\?\"(?<secret>[a-f0-9]{40})\\\\?\""
                    + "(?![^{}]*" + RedactedPrivateKey + ")(?<!" + RedactedPrivateKey + "[^{}]*)",
                visiblePrefixLength: 0,
                requires: "service_account",
                isValid: LooksRandom,
                identifiesOnly: true);
        }
    }
}
