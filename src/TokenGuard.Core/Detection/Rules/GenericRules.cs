using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules
{
    /// <summary>Formats not tied to one provider: key files, JWTs, credentials inside URLs and connection strings.</summary>
    internal static class GenericRules
    {
        // A placeholder, a value labelled fake (FAKE_secret, as the generic rule holds) or a variable's name where the password goes.
        private static bool IsStandIn(string password) =>
            PlaceholderValues.IsPlaceholder(password) || PlaceholderValues.IsLabelledNotReal(password) || PlaceholderValues.IsSecretsName(password);

        // file://C:\backup@daily: a drive letter and a Windows path, not user:password (a URL's user information has no backslash).
        private static bool IsWindowsPath(string password) => password[0] == '\\';

        /// <summary>
        /// Whether some "://" is followed, within the pattern's reach and with no character neither part may hold, by a ':'
        /// and then an '@': true of every text url-credentials matches, cheap to test.
        /// </summary>
        private static bool MayHoldUrlCredentials(string text)
        {
            const int Reach = 64 + 1 + 128 + 1; // user, ':', password, '@'
            for (int scheme = text.IndexOf("://", System.StringComparison.Ordinal); scheme >= 0; scheme = text.IndexOf("://", scheme + 3, System.StringComparison.Ordinal))
            {
                bool colon = false;
                for (int i = scheme + 3; i < text.Length && i <= scheme + 3 + Reach; i++)
                {
                    char c = text[i];
                    if (char.IsWhiteSpace(c) || c == '/' || c == '\'' || c == '"' || c == '<' || c == '>') break;
                    if (c == ':') colon = true;
                    else if (c == '@' && colon) return true;
                }
            }

            return false;
        }

        // The user keywords of ADO.NET, Npgsql and MySQL connection strings.
        private const string ConnectionStringUser = @"(?i:user([ ]?id|name)?|uid)";

        public static IEnumerable<TokenRule> All()
        {
            // PEM / OpenSSH / PGP private keys with a real body: "..." placeholders have none. The body may be
            // JSON-escaped ("\n"), as in a Google service-account key file.
            yield return new TokenRule(
                id: "private-key",
                provider: "PEM",
                description: "Private key block",
                confidence: TokenConfidence.High,
                keywords: new[] { "PRIVATE KEY-----", "PRIVATE KEY BLOCK-----" },
                pattern: @"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----(\s|\\n)*([A-Za-z-]+:[^\r\n\\]*(\r?\n|\\n)(\s|\\n)*)*([A-Za-z0-9+/=\r\n]|\\n){64,}",
                visiblePrefixLength: 10);
            yield return Prefixed(
                id: "putty-private-key",
                provider: "PuTTY",
                description: "PuTTY private key file",
                confidence: TokenConfidence.High,
                prefixes: new[] { "PuTTY-User-Key-File-" },
                pattern: @"PuTTY-User-Key-File-[23]: [^\r\n]+\r?\n([^\r\n]*\r?\n){0,10}?Private-Lines: [0-9]+\r?\n[A-Za-z0-9+/=\r\n]{40,}");
            yield return Prefixed(
                id: "age-secret-key",
                provider: "age",
                description: "age encryption secret key",
                confidence: TokenConfidence.High,
                prefixes: new[] { "AGE-SECRET-KEY-1" },
                pattern: Start + "AGE-SECRET-KEY-1[0-9A-Z]{58}" + End);
            // A signed JWT (header.payload.signature) is a bearer credential until it expires.
            yield return new TokenRule(
                id: "jwt",
                provider: "JWT",
                description: "JSON Web Token",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "eyJ" },
                pattern: Start + "eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}" + End,
                visiblePrefixLength: 3,
                isValid: token => !DocumentedExamples.IsJwtIoSample(token));
            // scheme://user:password@host, where the password is not a placeholder.
            yield return new TokenRule(
                id: "url-credentials",
                provider: "URL",
                description: "Password embedded in a URL",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "://" },
                // Not a user repeated as its password (postgres:postgres, a local default).
                pattern: @"[A-Za-z][A-Za-z0-9+.-]{1,15}://(?<user>[^\s:/@'""<>]{1,64}):(?!\k<user>@)(?<secret>[^\s:/@'""<>]{4,128})@[A-Za-z0-9.-]+",
                visiblePrefixLength: 0,
                isValid: password => !IsStandIn(password) && password.IndexOf('$') < 0 && !IsWindowsPath(password),
                requires: "@",
                // The pattern's scan starts at every letter: most texts have no "://user:password@" shape at all.
                mayMatch: MayHoldUrlCredentials,
                // The scheme, 2 to 16 characters, ends right before "://".
                startsBeforeKeyword: (Least: 2, Most: 16));
            // Password=…; in ADO.NET, Npgsql, MySQL and similar connection strings; in a script or bundle, password = <code> assigns a variable.
            yield return new TokenRule(
                id: "connection-string-password",
                provider: "Database",
                description: "Password in a connection string",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "assword=", "ASSWORD=", "wd=", "WD=", "assword =", "wd =" },
                // Not the user's name repeated (User=postgres;Password=postgres), as in URLs, before or after the password.
                pattern: @"(?i:password|pwd)[ \t]*=[ \t]*(?!['""]?[ \t]*[;'""])(?<secret>[^;'""\s<>{}$]{4,128})(?=[ \t]*(;|$|['""]|\r?\n))"
                    + @"(?<!\b" + ConnectionStringUser + @"[ \t]*=[ \t]*\k<secret>[ \t]*;[^\r\n]{0,200})"
                    + @"(?![^\r\n]{0,200}?;[ \t]*" + ConnectionStringUser + @"[ \t]*=[ \t]*\k<secret>[ \t]*(;|$|['""]|\r?\n))",
                visiblePrefixLength: 0,
                isValid: password => !IsStandIn(password) && !CodeExpressions.IsCodeExpression(password));
        }
    }
}
