using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>Values that stand in for a secret rather than being one: never reported as hard-coded.</summary>
    public static class PlaceholderValues
    {
        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "key", "changeme", "change-me",
            "change_me", "test", "testing", "dummy", "fake", "sample", "example", "none", "null", "empty", "todo",
            "tbd", "placeholder", "redacted", "secret123", "password123", "mypassword", "yourpassword",

            // The published default of a product (EventStoreDB, Java's cacerts), documented for everyone to change.
            "changeit",

            // "Password" in the languages documentation is translated into (user:MotDePasse@host in a French help text).
            "passwort", "kennwort", "motdepasse", "contraseña", "contrasena", "senha", "parola", "hasło", "haslo",
            "wachtwoord", "lösenord", "losenord", "passord", "adgangskode", "salasana", "jelszó", "jelszo", "heslo",
            "geslo", "parool", "şifre", "sifre", "пароль", "密码", "密碼", "パスワード", "비밀번호",
        };

        private static readonly string[] Markers =
        {
            "<", "${", "{{", "$(", "your_", "your-", "YOUR", "Your", "example", "EXAMPLE", "placeholder", "PLACEHOLDER",
            "xxxx", "XXXX", "****", "....", "…", "insert", "INSERT", "replace", "REPLACE", "TODO",
        };

        public static bool IsPlaceholder(string value)
        {
            string trimmed = value.Trim();
            if (trimmed.Length == 0 || Words.Contains(trimmed)) return true;
            if (trimmed.Length > 2 && trimmed[0] == '%' && trimmed[trimmed.Length - 1] == '%') return true;
            if (IsFormatItem(trimmed) || HasNumberedFormatItem(trimmed)) return true;
            if (trimmed.StartsWith("...", StringComparison.Ordinal) || IsBracketedProse(trimmed) || AddressesTheReader(trimmed)) return true;
            if (IsEnvironmentReference(trimmed) || IsTerraformReference(trimmed)) return true;
            foreach (string marker in Markers)
            {
                if (trimmed.IndexOf(marker, StringComparison.Ordinal) >= 0) return true;
            }

            return IsOneRepeatedCharacter(trimmed);
        }

        // Words a value opens with to say it stands in for a real one.
        private static readonly string[] NotRealWords = { "fake", "dummy", "mock", "sample" };

        /// <summary>
        /// A value whose first word says it is not real (<c>Fake-VPN-Old-01</c>, <c>fakeZoomPassword</c>,
        /// <c>DUMMY_KEY_2</c>, <c>Sample.Pass1</c>): its author labelled it a stand-in. The first word is a capitalised or
        /// lower-case run of letters, or a run of capitals; random base62 opens with one of these words followed by a
        /// word boundary about once in ten million values (<c>Fakee…</c> or <c>FAKEEP…</c> is no such word).
        /// </summary>
        public static bool IsLabelledNotReal(string value)
        {
            string trimmed = value.Trim();
            if (trimmed.Length == 0 || !char.IsLetter(trimmed[0])) return false;
            int end = 1;
            if (char.IsUpper(trimmed[0]) && trimmed.Length > 1 && char.IsUpper(trimmed[1]))
            {
                while (end < trimmed.Length && char.IsUpper(trimmed[end])) end++;
            }
            else
            {
                while (end < trimmed.Length && char.IsLower(trimmed[end])) end++;
            }

            string first = trimmed.Substring(0, end);
            foreach (string word in NotRealWords)
            {
                if (string.Equals(first, word, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        /// <summary>
        /// <c>$GH_TOKEN</c>, <c>$env:DB_PASSWORD</c>: a shell, compose or PowerShell reference to an environment variable
        /// (upper-case letters, digits and underscores, as such variables are named), whose value is set elsewhere.
        /// </summary>
        private static bool IsEnvironmentReference(string value)
        {
            if (value.Length < 2 || value[0] != '$') return false;
            int start = value.StartsWith("$env:", StringComparison.OrdinalIgnoreCase) ? 5 : 1;
            if (start >= value.Length || !(value[start] == '_' || (value[start] >= 'A' && value[start] <= 'Z'))) return false;
            for (int i = start; i < value.Length; i++)
            {
                char c = value[i];
                if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            }

            return true;
        }

        private static readonly string[] TerraformRoots = { "var.", "local.", "module.", "data.", "each." };

        /// <summary>
        /// <c>var.admin_password</c>, <c>data.vault_generic_secret.api.data["token"]</c>: Terraform's reference to a
        /// variable, local, module output, data source or for_each item, whose value is supplied elsewhere.
        /// </summary>
        private static bool IsTerraformReference(string value)
        {
            foreach (string root in TerraformRoots)
            {
                if (!value.StartsWith(root, StringComparison.Ordinal) || value.Length == root.Length) continue;
                char first = value[root.Length];
                if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return false;
                for (int i = root.Length; i < value.Length; i++)
                {
                    char c = value[i];
                    if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '[' || c == ']' || c == '"')) return false;
                }

                return true;
            }

            return false;
        }

        /// <summary>
        /// <c>paypal:accesstoken-{0}</c>: a composite format string; what fills its numbered hole, at run time, is the
        /// value (here a cache key's).
        /// </summary>
        private static bool HasNumberedFormatItem(string value)
        {
            for (int open = value.IndexOf('{'); open >= 0 && open + 2 < value.Length; open = value.IndexOf('{', open + 1))
            {
                int i = open + 1;
                while (i < value.Length && value[i] >= '0' && value[i] <= '9') i++;
                if (i > open + 1 && i < value.Length && value[i] == '}') return true;
            }

            return false;
        }

        /// <summary><c>[Enter your secret here]</c>, <c>[Copy the client secret from the portal]</c>: an instruction in brackets.</summary>
        private static bool IsBracketedProse(string value) => value[0] == '[' && value.IndexOf(' ') > 0;

        /// <summary>
        /// <c>your private secret key to use api</c>: a sentence that says "your" speaks to whoever fills it in (a word
        /// followed by another: <c>flavour </c> does not count, and <c>yourWeak(!)Password</c> is a password someone chose).
        /// </summary>
        private static bool AddressesTheReader(string value)
        {
            for (int at = value.IndexOf("your ", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("your ", at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at == 0 || !char.IsLetter(value[at - 1])) return true;
            }

            return false;
        }

        /// <summary>
        /// <c>API_TOKEN_SECRET</c>, <c>AWSACCESSKEY</c>: an environment variable's name (capitals and underscores) that
        /// names a secret, written where the value goes. Random text has digits or lower case; a lower-case name
        /// (<c>mariadb-password</c>) is how people name a test database's actual password.
        /// </summary>
        public static bool IsSecretsName(string value)
        {
            string trimmed = value.Trim();
            bool separator = false;
            foreach (char c in trimmed)
            {
                if (c == '_') separator = true;
                else if (!(c >= 'A' && c <= 'Z')) return false;
            }

            return separator ? SecretNames.LooksLikeSecret(trimmed) : SecretNames.LooksLikeSecretSetting(trimmed, out _);
        }

        /// <summary><c>{0}</c>, <c>{pat}</c>: a composite-format or template hole the real value is put into at run time.</summary>
        private static bool IsFormatItem(string value) =>
            value.Length > 2 && value[0] == '{' && value[value.Length - 1] == '}'
            && value.IndexOf('{', 1) < 0 && value.IndexOf('}') == value.Length - 1;

        private static bool IsOneRepeatedCharacter(string value)
        {
            for (int i = 1; i < value.Length; i++)
            {
                if (value[i] != value[0]) return false;
            }

            return true;
        }
    }
}
