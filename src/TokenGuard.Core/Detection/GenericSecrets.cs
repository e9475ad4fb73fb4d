using System;
using System.Runtime.CompilerServices;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Generic secrets: a value given to a secret-like name (<c>apiKey</c>, <c>ClientSecret</c>,
    /// <c>password</c> …) that looks random. Thresholds (checked against the labelled samples in the tests
    /// and the comparison corpus): at least 16 characters, letters mixed with digits (or both cases over 24
    /// characters), and 3.0 bits of Shannon entropy per character. Passwords are shorter: for a password-like
    /// name, 8 characters drawn from at least three of upper case, lower case, digits and symbols.
    /// Words, sentences, URLs, GUIDs, placeholders, password hashes and names of other settings are not secrets.
    /// </summary>
    public static class GenericSecrets
    {
        public const int MinLength = 16;
        public const int MinPasswordLength = 8;
        public const double MinEntropy = 3.0;

        // Longer values are documents (certificates, JSON), not a secret typed into a setting.
        public const int MaxLength = 512;

        private static readonly string[] PasswordHashPrefixes = { "$2a$", "$2b$", "$2y$", "$argon2", "$pbkdf2", "$scrypt$", "$5$", "$6$", "$1$" };

        public static bool IsLikelySecret(string name, string value) =>
            CouldBeSecretValue(value) && SecretNames.LooksLikeSecret(name) && IsLikelySecretValue(value, SecretNames.IsPasswordName(name));

        /// <summary>The value half of <see cref="IsLikelySecret"/>, for a name already known to be secret-like.</summary>
        public static bool IsLikelySecretValue(string value, bool passwordName)
        {
            if (!CouldBeSecretValue(value)) return false;
            string trimmed = value.Trim();
            // __CurrentViewDataDictionary: a name in words, wrapped in underscores as private keys of a dictionary are.
            if (IsNotASecret(trimmed) || LooksLikeGuid(trimmed) || Rules.RulePatterns.IsNameInWords(trimmed.Trim('_'))) return false;
            if (passwordName && trimmed.Length >= MinPasswordLength && CharacterClasses(trimmed) >= 3) return true;
            if (trimmed.Length < MinLength || !HasMixedClasses(trimmed)) return false;
            return ShannonEntropy(trimmed) >= MinEntropy;
        }

        /// <summary>
        /// A value the syntax shows to be a credential though no name says which (an argument of <c>Login</c>, the
        /// text after <c>"Bearer "</c>): it must look random on its own. Not an identifier, dotted or dashed
        /// (<c>Identity.Application</c>: a scheme's name; <c>svc-build01</c> has no capital), not an e-mail address, not a UUID.
        /// Then a password's threshold — 8 characters with upper and lower case and a digit or a symbol — or the general one.
        /// </summary>
        public static bool IsLikelyCredential(string value)
        {
            if (!CouldBeSecretValue(value)) return false;
            string trimmed = value.Trim();
            if (IsNotASecret(trimmed) || LooksLikeGuid(trimmed) || IsIdentifier(trimmed) || IsEmailAddress(trimmed)) return false;
            bool digit = false, upper = false, lower = false, symbol = false;
            foreach (char c in trimmed)
            {
                digit |= char.IsDigit(c);
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
                symbol |= !char.IsLetterOrDigit(c);
            }

            if (upper && lower && (digit || symbol) && trimmed.Length < MinLength) return true;
            return trimmed.Length >= MinLength && (HasMixedClasses(trimmed) || (upper && lower && symbol)) && ShannonEntropy(trimmed) >= MinEntropy;
        }

        // Parts of letters split by . - _ : (Identity.Application, OpenIdConnect): names, not random text. A digit
        // makes it no name: people end their passwords in digits far more often than scheme names.
        private static bool IsIdentifier(string value)
        {
            bool partStart = true;
            foreach (char c in value)
            {
                if (c == '.' || c == '-' || c == '_' || c == ':')
                {
                    if (partStart) return false;
                    partStart = true;
                    continue;
                }

                if (!char.IsLetter(c)) return false;
                partStart = false;
            }

            return !partStart;
        }

        // ops@acme.io: a local part, then a domain of letters and hyphens with a dot and a top-level name.
        private static bool IsEmailAddress(string value)
        {
            int at = value.IndexOf('@');
            if (at <= 0 || value.IndexOf('@', at + 1) >= 0) return false;
            int dot = value.LastIndexOf('.');
            if (dot < at + 2 || value.Length - dot - 1 < 2) return false;
            for (int i = at + 1; i < value.Length; i++)
            {
                char c = value[i];
                if (!(char.IsLetter(c) || c == '-' || c == '.')) return false;
            }

            return true;
        }

        /// <summary>
        /// The checks on the value alone that need no allocation: 8 to 512 characters once trimmed, no space, not a URL.
        /// Analyzers ask this first, so most literals are ruled out before their receiving name is even looked up.
        /// </summary>
        public static bool CouldBeSecretValue(string value)
        {
            int start = 0, end = value.Length;
            while (start < end && char.IsWhiteSpace(value[start])) start++;
            while (end > start && char.IsWhiteSpace(value[end - 1])) end--;
            int length = end - start;
            if (length < MinPasswordLength || length > MaxLength) return false;
            return value.IndexOf(' ', start, length) < 0 && value.IndexOf("://", start, length, StringComparison.Ordinal) < 0;
        }

        /// <summary>
        /// A necessary condition, on the value alone and without allocating, for <see cref="IsLikelySecret"/> under
        /// some name: the length and character classes either the password or the general threshold asks for.
        /// Hosts skip text in which no piece meets it (the command line, a C# file's syntax parse).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool CouldBeSecretUnderSomeName(string text, int start, int length)
        {
            if (length < MinPasswordLength) return false; // trimmed, it is shorter still: most literals end here
            int end = start + length;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            length = end - start;
            if (length < MinPasswordLength || length > MaxLength) return false;
            if (text.IndexOf(' ', start, length) >= 0 || text.IndexOf("://", start, length, StringComparison.Ordinal) >= 0) return false;
            bool digit = false, upper = false, lower = false, symbol = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                digit |= char.IsDigit(c);
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
                symbol |= !char.IsLetterOrDigit(c);
            }

            int classes = (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0) + (symbol ? 1 : 0);
            bool mixed = (digit && (upper || lower)) || (upper && lower && length >= 24);
            return classes >= 3 || (length >= MinLength && mixed);
        }

        /// <summary>
        /// Values that stand where a secret would but are not one: placeholders, values labelled fake or dummy, password hashes (bcrypt,
        /// argon2, crypt), the name of the setting or variable that holds the secret (<c>GITHUB_TOKEN</c>,
        /// <c>Database:Password</c>), and providers' documented sample keys.
        /// </summary>
        public static bool IsNotASecret(string value)
        {
            string trimmed = value.Trim();
            if (PlaceholderValues.IsPlaceholder(trimmed) || PlaceholderValues.IsLabelledNotReal(trimmed)) return true;
            foreach (string prefix in PasswordHashPrefixes)
            {
                if (trimmed.StartsWith(prefix, StringComparison.Ordinal)) return true;
            }

            if (IsAspNetIdentityPasswordHash(trimmed) || IsSealedSecretCiphertext(trimmed)) return true;

            if (IsSettingName(trimmed) && SecretNames.LooksLikeSecret(trimmed)) return true;
            if (NonSecretShapes.IsNotASecretShape(trimmed)) return true;
            return DocumentedExamples.Contains(Redaction.Fingerprint(trimmed));
        }

        /// <summary>
        /// ASP.NET Core Identity's password hash (PasswordHasher V3, what seed data and migrations hold as PasswordHash):
        /// base64 of a 0x01 format marker, the PRF, the iteration count and the salt's length (big-endian 32-bit each),
        /// the salt and at least 16 bytes of PBKDF2 output. A hash of a password, like bcrypt's, is not the password.
        /// </summary>
        private static bool IsAspNetIdentityPasswordHash(string value)
        {
            if (!value.StartsWith("AQAAAA", StringComparison.Ordinal) || value.Length < 40) return false;
            byte[]? bytes = Base64Text.Decode(value);
            if (bytes is null || bytes.Length < 13 || bytes[0] != 0x01) return false;
            uint prf = ReadBigEndian(bytes, 1), iterations = ReadBigEndian(bytes, 5), saltLength = ReadBigEndian(bytes, 9);
            return prf <= 2 && iterations > 0 && saltLength >= 8 && saltLength <= 64 && bytes.Length >= 13 + saltLength + 16;
        }

        /// <summary>
        /// A Bitnami SealedSecret's <c>encryptedData</c> value: base64 of the RSA-OAEP-sealed session key's length (two bytes,
        /// big-endian: 256 or 512 for the controller's 2048- or 4096-bit key), that key, then the AES-GCM ciphertext and its
        /// 16-byte tag. Only the cluster's controller can open it; it is made to be committed.
        /// </summary>
        private static bool IsSealedSecretCiphertext(string value)
        {
            if (value.Length < 360 || !(value.StartsWith("Ag", StringComparison.Ordinal) || value.StartsWith("AQ", StringComparison.Ordinal))) return false;
            byte[]? bytes = Base64Text.Decode(value);
            if (bytes is null || bytes.Length < 2) return false;
            int keyLength = (bytes[0] << 8) | bytes[1];
            return (keyLength == 256 || keyLength == 512) && bytes.Length >= 2 + keyLength + 17;
        }

        private static uint ReadBigEndian(byte[] bytes, int at) =>
            ((uint)bytes[at] << 24) | ((uint)bytes[at + 1] << 16) | ((uint)bytes[at + 2] << 8) | bytes[at + 3];

        // Letters, digits and the separators of configuration keys and environment variables, nothing else.
        private static bool IsSettingName(string value)
        {
            if (value.Length == 0 || !char.IsLetter(value[0])) return false;
            foreach (char c in value)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-')) return false;
            }

            return true;
        }

        /// <summary>Bits per character of the value's own character distribution.</summary>
        public static double ShannonEntropy(string value)
        {
            if (value.Length == 0) return 0;
            var counts = new System.Collections.Generic.Dictionary<char, int>();
            foreach (char c in value) counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
            double entropy = 0;
            foreach (int count in counts.Values)
            {
                double p = (double)count / value.Length;
                entropy -= p * Math.Log(p, 2);
            }

            return entropy;
        }

        // Random keys mix letters with digits (or both letter cases); identifiers and words rarely do.
        private static bool HasMixedClasses(string value)
        {
            bool digit = false, upper = false, lower = false;
            foreach (char c in value)
            {
                digit |= char.IsDigit(c);
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
            }

            return (digit && (upper || lower)) || (upper && lower && value.Length >= 24);
        }

        private static int CharacterClasses(string value)
        {
            bool digit = false, upper = false, lower = false, symbol = false;
            foreach (char c in value)
            {
                digit |= char.IsDigit(c);
                upper |= char.IsUpper(c);
                lower |= char.IsLower(c);
                symbol |= !char.IsLetterOrDigit(c);
            }

            return (digit ? 1 : 0) + (upper ? 1 : 0) + (lower ? 1 : 0) + (symbol ? 1 : 0);
        }

        private static bool LooksLikeGuid(string value) => Guid.TryParse(value, out _);

        /// <summary>
        /// Words a person chose, with digits and symbols around them (<c>Fake-Concur-Pass-24</c>, <c>AwsR00tAccess2024#</c>,
        /// leetspeak read back): every run of letters a word (a capital only first) or a short abbreviation, at least half the
        /// letters in pronounceable words of four letters or more (five when alone), and more letters than anything else. A machine-made
        /// key almost always has a run with capitals inside, or a lone letter, somewhere.
        /// </summary>
        public static bool LooksLikeWords(string value)
        {
            int words = 0, letters = 0, start = -1, strong = 0;
            for (int i = 0; i <= value.Length; i++)
            {
                char c = i < value.Length ? Unleet(value, i) : ' ';
                bool letter = char.IsLetter(c);
                bool split = start >= 0 && (!letter || (char.IsUpper(c) && char.IsLower(Unleet(value, i - 1))));
                if (split)
                {
                    int kind = WordKind(value, start, i);
                    if (kind == 0) return false;
                    words++;
                    if (kind == 2) strong += i - start;
                    start = -1;
                }

                if (letter)
                {
                    letters++;
                    if (start < 0) start = i;
                }
            }

            return (words >= 2 ? strong >= 4 : strong >= 5) && strong * 2 >= letters && letters * 2 > value.Length;
        }

        // A digit between letters stands for the letter it looks like (R00t, Pu11er); a year or a counter stays a number.
        private static char Unleet(string value, int i)
        {
            char c = value[i];
            if (!IsLeet(c)) return c;
            int before = i - 1, after = i + 1;
            while (before >= 0 && IsLeet(value[before])) before--;
            while (after < value.Length && IsLeet(value[after])) after++;
            if (before < 0 || after >= value.Length || !char.IsLetter(value[before]) || !char.IsLetter(value[after]) || after - before - 1 > 2) return c;
            for (int k = before + 1; k < after; k++)
            {
                if ("0134578@$".IndexOf(value[k]) < 0) return c;
            }

            bool upper = char.IsUpper(value[after]) && char.IsUpper(value[before]);
            char letter = c switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '@' => 'a', '$' => 's', _ => c };
            return upper ? char.ToUpperInvariant(letter) : letter;
        }

        private static bool IsLeet(char c) => (c >= '0' && c <= '9') || c == '@' || c == '$';

        // 0: not a word; 1: an abbreviation (Tf, Sbx, QA, AWS); 2: a pronounceable word (Cloud, admin) of four letters or more.
        private static int WordKind(string value, int start, int end)
        {
            int length = end - start;
            bool vowel = false, upper = true, restLower = true;
            for (int i = start; i < end; i++)
            {
                char c = Unleet(value, i);
                char lower = char.ToLowerInvariant(c);
                vowel |= lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
                upper &= char.IsUpper(c);
                if (i > start) restLower &= char.IsLower(c);
            }

            if (length >= 2 && restLower) return vowel && length >= 4 ? 2 : vowel || length <= 3 ? 1 : 0;
            return upper && length >= 2 && length <= 4 ? 1 : 0;
        }

        /// <summary>
        /// A version-4 UUID (8-4-4-4-12 hex, version nibble 4, variant 8–b) that is not a counting pattern: 122 random
        /// bits, as API keys issued as UUIDs are (Heroku, Octopus). Time-based and name-based UUIDs (v1, v3, v5) are identifiers.
        /// </summary>
        public static bool IsRandomUuid(string value) =>
            value.Length == 36 && Guid.TryParseExact(value, "D", out _) && value[14] == '4'
            && "89abAB".IndexOf(value[19]) >= 0 && Rules.RulePatterns.LooksRandom(value);
    }
}
