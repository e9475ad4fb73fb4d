using System;
using System.Linq;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Whether a C# file is worth a syntax parse: it has a string literal, and either a known format's keyword, or
    /// a word that names a secret (the words <see cref="SecretNames"/> looks for) or a credential header together
    /// with a quoted piece shaped like a secret. A file without any of these cannot produce a finding, so most files are skipped at text speed.
    /// </summary>
    internal static class SourcePrefilter
    {
        private static readonly string[] SecretWords =
        {
            "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "pat", "credential", "credentials",
            "apikey", "accesskey", "privatekey", "clientsecret", "passphrase",
        };

        private static readonly string[] KeyQualifiers =
        {
            "api", "access", "secret", "private", "signing", "subscription", "account", "master", "auth", "license", "encryption", "webhook",
        };

        public static bool MayHoldSecret(string text)
        {
            if (text.IndexOf('"') < 0) return false;
            bool named = HasSecretWord(text) || text.IndexOf("Authorization", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("-Key", StringComparison.OrdinalIgnoreCase) >= 0;
            return HasSecretShapedPiece(text, named);
        }

        /// <summary>
        /// Whether any piece of the text between two quotes could be a generic secret or is a credential header's
        /// name. Every piece is tried, in and out of literals alike, so a quote the split gets wrong (an escaped one,
        /// a char literal) can only let a file through, never skip one that holds a literal.
        /// </summary>
        private static bool HasSecretShapedPiece(string text, bool named)
        {
            int start = 0;
            for (int quote = text.IndexOf('"'); start <= text.Length; quote = start < text.Length ? text.IndexOf('"', start) : -1)
            {
                int end = quote < 0 ? text.Length : quote;
                int length = end - start;
                if (TokenScanner.Default.MayContainToken(text, start, length)) return true;
                if (named && GenericSecrets.CouldBeSecretUnderSomeName(text, start, length)) return true;
                if (named && length > 0 && length <= 40 && CredentialSinks.CredentialHeaders.Contains(text.Substring(start, length))) return true;
                if (quote < 0) break;
                start = quote + 1;
            }

            return false;
        }

        // The same word split as SecretNames (letters, camel-case breaks), over the whole text: any name in the file is a run of these words.
        private static bool HasSecretWord(string text)
        {
            ReadOnlySpan<char> all = text.AsSpan();
            ReadOnlySpan<char> previous = default;
            int start = -1;
            for (int i = 0; i <= all.Length; i++)
            {
                bool boundary = i == all.Length || !char.IsLetter(all[i]);
                bool camelBreak = !boundary && i > 0 && char.IsUpper(all[i]) && char.IsLower(all[i - 1]);
                if ((boundary || camelBreak) && start >= 0)
                {
                    ReadOnlySpan<char> word = all.Slice(start, i - start);
                    if (word.Length >= 3 && word.Length <= 12)
                    {
                        if (IsOneOf(word, SecretWords)) return true;
                        if (word.Equals("key", StringComparison.OrdinalIgnoreCase) && IsOneOf(previous, KeyQualifiers)) return true;
                    }

                    previous = word;
                    start = -1;
                }

                if (!boundary && start < 0) start = i;
            }

            return false;
        }

        private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
        {
            foreach (string candidate in words)
            {
                if (word.Length == candidate.Length && word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
