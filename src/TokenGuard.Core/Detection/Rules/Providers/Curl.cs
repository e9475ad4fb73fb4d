using System;
using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>curl command lines: a credential in an Authorization (or API key) header, or a user:password after -u / --user.</summary>
    internal static class Curl
    {
        // The rest of the command line, continued over lines ending in a backslash.
        private const string CommandLine = @"curl(?![A-Za-z0-9_.-])([^\r\n]|\\\r?\n)*?[ \t]";

        // Passwords curl examples use for "put yours here".
        private static readonly string[] PlaceholderPasswords = { "pass", "pwd", "changeit", "secret", "passw0rd", "pa$$word" };

        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "curl-auth-header",
                provider: "curl",
                description: "Credential in a curl Authorization or API key header",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "curl" },
                pattern: CommandLine + @"(-H|--header)[ \t=]{0,5}\\?[""']((?i:authorization):[ \t]*(?i:bearer|basic|token|apikey|sso-key)[ \t]+|(?i:x-api-key|api-key|apikey|x-auth-token|private-token|x-access-token|x-apikey):[ \t]*)(?<secret>[A-Za-z0-9._~+/=:-]{12,})\\?[""']",
                visiblePrefixLength: 0,
                isValid: value => LooksRandom(value) && !PlaceholderValues.IsPlaceholder(value));
            yield return new TokenRule(
                id: "curl-basic-auth",
                provider: "curl",
                description: "Password in a curl -u / --user argument",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "curl" },
                pattern: CommandLine + @"(-u|--user)([ \t]{1,5}|=)\\?[""']?[^\s:""'$<>{}\[\]]{1,64}:(?<secret>[^\s:""'$<>{}\[\]\\]{3,128})\\?[""']?(?=\s|$)",
                visiblePrefixLength: 0,
                isValid: password => !PlaceholderValues.IsPlaceholder(password)
                    && Array.IndexOf(PlaceholderPasswords, password.ToLowerInvariant()) < 0);
        }
    }
}
