using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>curl command lines: a credential in an Authorization (or API key) header, or a user:password after -u / --user.</summary>
    internal static class Curl
    {
        // The rest of the command line, continued over lines ending in a backslash.
        // A line break followed by an indented option continues it too: documentation often drops the backslash.
        private const string CommandLine = @"curl(?![A-Za-z0-9_.-])([^\r\n]|\\\r?\n|\r?\n(?=[ \t]+--?[A-Za-z]))*?[ \t]";

        // Passwords curl examples use for "put yours here".
        private static readonly string[] PlaceholderPasswords = { "pass", "pwd", "changeit", "secret", "passw0rd", "pa$$word" };

        // A shell or template variable stands for the credential: $USER, ${PASS}, $(cat …), {{ … }}, <password>, [password].
        private static readonly System.Text.RegularExpressions.Regex Variable = new System.Text.RegularExpressions.Regex(@"\$[A-Za-z_{(]|\{\{|<[^>]*>|\[[^\]]*\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>user:password with a password that is not a placeholder, or a random-looking user before an empty password (an API key as user).</summary>
        private static bool IsCredential(string word)
        {
            string credential = word.Replace("\\\"", "").Replace("\"", "").Replace("'", "");
            int colon = credential.IndexOf(':');
            if (colon < 0 || Variable.IsMatch(credential)) return false;
            string user = credential.Substring(0, colon), password = credential.Substring(colon + 1);

            // {password} is a template's hole; {ZqL5kVrX1n8tA2} a value someone wrapped in the braces of the docs they copied.
            if (password.Length > 2 && password[0] == '{' && password[password.Length - 1] == '}')
            {
                password = password.Substring(1, password.Length - 2);
                if (!HasDigitAndLetter(password, 0) || !LooksRandom(password)) return false;
            }
            if (password.Length == 0) return user.Length >= 8 && LooksRandom(user) && !PlaceholderValues.IsPlaceholder(user);
            return password.Length >= 3 && !PlaceholderValues.IsPlaceholder(password) && Array.IndexOf(PlaceholderPasswords, password.ToLowerInvariant()) < 0;
        }

        /// <summary>
        /// Whether, after a "curl", an option <paramref name="shortName"/> or <paramref name="longName"/> follows a blank and
        /// is followed by <paramref name="then"/>'s test: every match of the rules has one. Without it the pattern's lazy
        /// command line runs to the end of the line from every "curl", and a minified script is one line.
        /// </summary>
        private static bool HasOptionAfterCurl(string text, string shortName, string longName, Func<string, int, bool> then)
        {
            int curl = text.IndexOf("curl", StringComparison.Ordinal);
            return curl >= 0 && (HasOptionAfter(text, curl, shortName, then) || HasOptionAfter(text, curl, longName, then));
        }

        private static bool HasOptionAfter(string text, int curl, string name, Func<string, int, bool> then)
        {
            for (int at = text.IndexOf(name, curl, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                char before = text[at - 1]; // at > curl: "curl" itself holds no '-'
                if ((before == ' ' || before == '\t') && then(text, at + name.Length)) return true;
            }

            return false;
        }

        // -u / --user, then ([ \t]{1,5}|=).
        private static bool MayHoldUserArgument(string text) =>
            HasOptionAfterCurl(text, shortName: "-u", longName: "--user", then: (t, i) => i < t.Length && (t[i] == ' ' || t[i] == '\t' || t[i] == '='));

        // -H / --header, then [ \t=]{0,5}\\?["'], a header name (no blank, quote or colon in any of them) and its colon.
        private static bool MayHoldHeaderArgument(string text) =>
            HasOptionAfterCurl(text, shortName: "-H", longName: "--header", then: (t, i) =>
            {
                for (int skipped = 0; skipped < 5 && i < t.Length && (t[i] == ' ' || t[i] == '\t' || t[i] == '='); skipped++) i++;
                if (i < t.Length && t[i] == '\\') i++;
                if (i >= t.Length || (t[i] != '"' && t[i] != '\'')) return false;
                int name = ++i;
                while (i < t.Length && !char.IsWhiteSpace(t[i]) && t[i] != '"' && t[i] != '\'' && t[i] != ':') i++;
                return i > name && i < t.Length && t[i] == ':';
            });

        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "curl-auth-header",
                provider: "curl",
                description: "Credential in a curl Authorization or API key header",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "curl" },
                // Authorization with or without a scheme word, and the API key / token headers providers document. Basic
                // credentials are base64 of user:password: a value with other characters after Basic is no working credential.
                pattern: CommandLine + @"(-H|--header)[ \t=]{0,5}\\?[""']((?i:authorization):[ \t]*((?i:basic)[ \t]+(?=[A-Za-z0-9+/]+={0,2}\\?[""'])|(?i:bearer|token|apikey|api-token|sso-key|ssws|digest)[ \t]+)?|(?i:x-api-key|api-key|apikey|api-token|token|x-auth-token|private-token|x-access-token|x-apikey|x-[a-z0-9-]*-api-?key|x-[a-z0-9-]*-token):[ \t]*)(?<secret>[A-Za-z0-9._~+/=:@-]{10,})\\?[""']",
                visiblePrefixLength: 0,
                isValid: value => LooksRandom(value) && !PlaceholderValues.IsPlaceholder(value),
                mayMatch: MayHoldHeaderArgument);
            yield return new TokenRule(
                id: "curl-basic-auth",
                provider: "curl",
                description: "Password in a curl -u / --user argument",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "curl" },
                // One shell word: unquoted characters and quoted parts ("user":'pass'), user:password or a token as user.
                pattern: CommandLine + @"(-u|--user)([ \t]{1,5}|=)(?<secret>(""[^""\r\n]*""|'[^'\r\n]*'|\\""[^""\\\r\n]*\\""|[^\s""'\\])+)(?=\s|$)",
                visiblePrefixLength: 0,
                isValid: IsCredential,
                mayMatch: MayHoldUserArgument);
        }
    }
}
