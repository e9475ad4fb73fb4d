using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Decides whether a configuration key, environment variable or identifier names a secret,
    /// from the words of its last segment (<c>Stripe:ApiKey</c> → api, key).
    /// </summary>
    public static class SecretNames
    {
        private static readonly HashSet<string> SecretWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "pat", "credential",
            "credentials", "apikey", "accesskey", "privatekey", "clientsecret", "passphrase",
        };

        // "key" alone is too common (cache key, sort key); these words make it a credential.
        private static readonly HashSet<string> KeyQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "api", "access", "secret", "private", "signing", "subscription", "account", "master", "auth",
            "license", "encryption", "webhook",
        };

        // A key that ends in one of these names something about a secret, not the secret itself.
        private static readonly HashSet<string> NonSecretTails = new HashSet<string>(StringComparer.Ordinal)
        {
            "url", "uri", "endpoint", "path", "file", "name", "type", "expiry", "expiration", "expires",
            "lifetime", "timeout", "length", "count", "header", "id", "policy", "enabled", "format", "kind",
            "version", "audience", "issuer", "scope", "scopes",

            // Derived from a secret (a hash of it), or text about it (a prompt, a validation rule, the name of
            // the variable that holds it): none of these is the secret.
            "hash", "hashed", "sha", "md", "bcrypt", "scrypt", "argon", "pbkdf", "digest", "checksum", "fingerprint",
            "thumbprint", "prompt", "message", "label", "text", "hint", "caption", "title", "description", "rule",
            "rules", "pattern", "regex", "requirement", "requirements", "error", "variable", "placeholder",

            // When something happened to it (PasswordChangedAt, credential_authorized_at, TokenCreatedOn): a moment.
            "at", "on", "date", "time", "changed", "created", "updated", "modified", "rotated", "issued", "revoked", "expired",

            // A piece of its format (TokenPrefix = "ghp_"), not the secret.
            "prefix", "suffix",

            // An input of the hash kept beside it (PasswordSalt, TokenNonce): stored in the clear by design, not the secret.
            "salt", "nonce",

            // The characters a secret is drawn from (PasswordAlphabet, TokenChars): a generator's input, not its output.
            "alphabet", "charset", "chars", "characters",
        };

        // A key that starts with one of these is a switch about a secret (ValidateToken, SaveTokens,
        // ValidateIssuerSigningKey, RequireApiKey), not the secret. RefreshToken and AccessToken are tokens: no verb here names a kind of token.
        private static readonly HashSet<string> SwitchVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "validate", "verify", "enable", "disable", "require", "requires", "allow", "skip", "ignore", "is",
            "has", "should", "can", "save", "show", "hide", "mask", "log", "include", "check",
        };

        // A secret word after one of these names a value that is public by design: a public or publishable key or
        // token (Plaid's public_token, Stripe's publishable key), an anti-forgery token sent to every browser.
        private static readonly HashSet<string> PublicQualifiers = new HashSet<string>(StringComparer.Ordinal)
        {
            "public", "publishable", "csrf", "xsrf", "antiforgery",
        };

        // "X to Y", "X for Y", "X of Y": X is what the name is (KeyVaultToStoreSecrets is a vault, PathToPrivateKey a path).
        private static readonly HashSet<string> Prepositions = new HashSet<string>(StringComparer.Ordinal) { "to", "for", "of" };

        public static bool LooksLikeSecret(string key)
        {
            if (string.IsNullOrEmpty(key) || IsUrl(key)) return false;
            List<string> words = Singular(SplitWords(LastSegment(key)));
            if (words.Count == 0 || NonSecretTails.Contains(words[words.Count - 1])) return false;
            if (words.Count > 1 && SwitchVerbs.Contains(words[0])) return false;

            for (int i = 0; i < words.Count; i++)
            {
                if (PublicQualifiers.Contains(words[i])) return false;
                if (i > 0 && Prepositions.Contains(words[i])) return false;
                if (SecretWords.Contains(words[i])) return true;
                if (words[i] == "key" && i > 0 && KeyQualifiers.Contains(words[i - 1])) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the name ends in <c>auth</c> (<c>auth</c>, <c>user_auth</c>, <c>basic_auth</c>): in text files, and in
        /// Docker's config.json, that is the credential itself (base64 of user:password), not a switch about it.
        /// </summary>
        public static bool IsAuthName(string key)
        {
            if (string.IsNullOrEmpty(key)) return false;
            List<string> words = SplitWords(LastSegment(key));
            return words.Count > 0 && words[words.Count - 1] == "auth" && !(words.Count > 1 && SwitchVerbs.Contains(words[0]));
        }

        /// <summary>Whether the name is a password's (password, passwd, pwd, passphrase): shorter values count.</summary>
        public static bool IsPasswordName(string key)
        {
            foreach (string word in Singular(SplitWords(LastSegment(key))))
            {
                if (word == "password" || word == "passwd" || word == "pwd" || word == "passphrase") return true;
            }

            return false;
        }

        /// <summary>
        /// A collection is named in the plural (ApiKeys, Passwords, TokenHashes, PasswordSha256s): each word that is a
        /// known word only in the singular becomes that word.
        /// </summary>
        private static List<string> Singular(List<string> words)
        {
            // Sha256s: the plural's "s" after digits is a word of its own.
            if (words.Count > 1 && words[words.Count - 1] == "s") words.RemoveAt(words.Count - 1);
            for (int i = 0; i < words.Count; i++)
            {
                string word = words[i];
                if (word.Length < 3 || word[word.Length - 1] != 's' || IsKnownWord(word)) continue;
                string withoutS = word.Substring(0, word.Length - 1);
                string withoutEs = word.EndsWith("es", StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : withoutS;
                if (IsKnownWord(withoutS)) words[i] = withoutS;
                else if (IsKnownWord(withoutEs)) words[i] = withoutEs;
            }

            return words;
        }

        private static bool IsKnownWord(string word) =>
            SecretWords.Contains(word) || KeyQualifiers.Contains(word) || NonSecretTails.Contains(word) || SwitchVerbs.Contains(word) || word == "key";

        /// <summary>
        /// Whether a lower-case word says what kind of secret a name holds (api, key, token, client …)
        /// rather than which system it unlocks (stripe, github …).
        /// </summary>
        public static bool IsKindWord(string word) =>
            SecretWords.Contains(word) || KeyQualifiers.Contains(word) || word == "key" || word == "client";

        // Secret words a setting written in one case runs onto what they unlock (SSHPASSWORD, ADMINCLIENTSECRET, rpcpassword).
        private static readonly string[] RunOnSecretWords =
        {
            "password", "passwords", "passwd", "passphrase", "secret", "secrets", "token", "tokens", "apikey", "clientsecret", "accesskey", "privatekey",
        };

        /// <summary>
        /// <see cref="LooksLikeSecret"/>, or a name whose last word runs a secret word onto what it unlocks
        /// (<c>BTCPAY_SSHPASSWORD</c>, <c>IDENTITY__ADMINCLIENTSECRET</c>, <c>rpcpassword</c>): in one case, nothing marks
        /// the word break. For settings and text files, where environment variables and daemon options are named so;
        /// <c>isPassword</c> tells whether the run-on word is a password's (shorter values count).
        /// </summary>
        public static bool LooksLikeSecretSetting(string key, out bool isPassword)
        {
            isPassword = IsPasswordName(key);
            if (LooksLikeSecret(key)) return true;
            if (string.IsNullOrEmpty(key) || IsUrl(key)) return false;
            List<string> words = SplitWords(LastSegment(key));
            if (words.Count == 0 || (words.Count > 1 && SwitchVerbs.Contains(words[0]))) return false;
            string last = words[words.Count - 1];
            foreach (string secretWord in RunOnSecretWords)
            {
                if (last.Length <= secretWord.Length || !last.EndsWith(secretWord, StringComparison.Ordinal)) continue;
                string before = last.Substring(0, last.Length - secretWord.Length);

                // csrftoken, ispassword: a public token, a switch about the secret.
                if (PublicQualifiers.Contains(before) || SwitchVerbs.Contains(before)) return false;
                isPassword = secretWord.StartsWith("pass", StringComparison.Ordinal);
                return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a setting's key, an environment variable's or a configuration key's name, names a secret: the one test
        /// for the value check, <c>init</c>'s inventory and the unregistered-usage checks (TG0003, TG0005), so a setting
        /// reported as a hard-coded secret is also one the inventory proposes and the build asks to register.
        /// </summary>
        public static bool NamesSecretSetting(string key) => LooksLikeSecretSetting(key, out _);

        // https://host/api?api_token=&page=1 (a request's URL paired with its canned response): an address, whatever its query names.
        // Only when the address is the key's last segment: Webhooks:https://host/x:Secret names a secret under a section keyed by one.
        private static bool IsUrl(string key) =>
            key.IndexOf("://", StringComparison.Ordinal) >= 0 && LastSegment(key).IndexOfAny(AddressCharacters) >= 0;

        private static readonly char[] AddressCharacters = { '/', '?' };

        /// <summary>The part after the last <c>:</c> or <c>__</c> separator.</summary>
        private static string LastSegment(string key)
        {
            int colon = key.LastIndexOf(':');
            int dunder = key.LastIndexOf("__", StringComparison.Ordinal);
            int cut = Math.Max(colon + 1, dunder >= 0 ? dunder + 2 : 0);
            return key.Substring(cut);
        }

        /// <summary>Lower-case words split on camel case, digits and separators (<c>GITHUB_TOKEN</c>, <c>apiKey</c>).</summary>
        internal static List<string> SplitWords(string text)
        {
            var words = new List<string>();
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool boundary = i == text.Length || !char.IsLetter(text[i]);
                bool camelBreak = !boundary && i > 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]);
                if ((boundary || camelBreak) && start >= 0)
                {
                    words.Add(text.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }

                if (!boundary && start < 0) start = i;
            }

            return words;
        }
    }
}
