using System;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Values whose shape says what they are, and it is not a secret: a route template (<c>api/keys/{id}</c>), a
    /// resource path (<c>kv/data/orders/db-password</c>, <c>/run/secrets/x</c>, <c>C:\secrets\x</c>, an ARN) or a
    /// version (<c>2.14.0-beta.3</c>). They stand beside secret-like names every day (a key's route, where a
    /// secret is stored, which version of it) and are as long and as mixed as a key. No allocation.
    /// </summary>
    public static class NonSecretShapes
    {
        public static bool IsNotASecretShape(string value) => IsRouteTemplate(value) || IsResourcePath(value) || IsVersion(value) || IsTimestamp(value) || IsPattern(value);

        /// <summary>
        /// A regular expression that describes values rather than being one: a character class with a range
        /// (<c>[A-Za-z0-9]</c>) or a class escape (<c>\d</c>, <c>\w</c>) followed by a quantifier (<c>{24,}</c>, <c>+</c>, <c>*</c>).
        /// Validation rules for keys and passwords sit under secret-like names; a key drawn at random holds neither.
        /// </summary>
        public static bool IsPattern(string value)
        {
            for (int i = 0; i + 1 < value.Length; i++)
            {
                int end = value[i] == '[' ? ClassWithRangeEnd(value, i) : value[i] == '\\' && IsClassEscape(value[i + 1]) ? i + 2 : -1;
                if (end < 0) continue;
                if (end < value.Length && (value[end] == '{' || value[end] == '+' || value[end] == '*')) return true;
            }

            return false;
        }

        // The index after the ']' closing a class that opens at start and holds a range of letters or digits (a-z, A-Z, 0-9), or -1.
        private static int ClassWithRangeEnd(string value, int start)
        {
            bool range = false;
            for (int i = start + 1; i < value.Length; i++)
            {
                char c = value[i];
                if (c == ']') return range && i > start + 1 ? i + 1 : -1;
                if (c == '-' && i > start + 1 && i + 1 < value.Length && IsRangeBound(value[i - 1], value[i + 1])) range = true;
            }

            return -1;
        }

        private static bool IsRangeBound(char from, char to) =>
            from < to && ((from >= 'a' && to <= 'z') || (from >= 'A' && to <= 'Z') || (from >= '0' && to <= '9'));

        private static bool IsClassEscape(char c) => c == 'd' || c == 'w' || c == 's' || c == 'S' || c == 'W' || c == 'D';

        /// <summary><c>2021-08-31</c>, <c>2021-08-31T16:35:43Z</c>, <c>2021-08-31 16:35:43.120+02:00</c>: an ISO 8601 date, maybe with a time; nothing else.</summary>
        public static bool IsTimestamp(string value)
        {
            if (value.Length < 10 || value.Length > 40) return false;
            for (int i = 0; i < 10; i++)
            {
                bool digit = value[i] >= '0' && value[i] <= '9';
                if (i == 4 || i == 7 ? value[i] != '-' : !digit) return false;
            }

            for (int i = 10; i < value.Length; i++)
            {
                char c = value[i];
                if (!((c >= '0' && c <= '9') || c == 'T' || c == 'Z' || c == ':' || c == '.' || c == '+' || c == '-' || c == ' ')) return false;
            }

            return true;
        }

        /// <summary>A <c>{name}</c> hole (with an optional <c>:constraint</c>, <c>?</c> or <c>*</c>): random keys are not drawn from braces.</summary>
        public static bool IsRouteTemplate(string value)
        {
            for (int open = value.IndexOf('{'); open >= 0; open = value.IndexOf('{', open + 1))
            {
                int close = value.IndexOf('}', open + 1);
                if (close < 0) return false;
                bool letter = false, other = false;
                for (int i = open + 1; i < close; i++)
                {
                    char c = value[i];
                    letter |= char.IsLetter(c);
                    other |= !(char.IsLetterOrDigit(c) || c == '_' || c == ':' || c == '?' || c == '*' || c == '=' || c == '.' || c == '-' || c == '(' || c == ')' || c == ',');
                }

                if (letter && !other) return true;
            }

            return false;
        }

        /// <summary>
        /// An ARN, a Windows or rooted path, or segments separated by '/' that are each made of words (lower case,
        /// digits, <c>-_.</c>, a capital only to start a word): base64 text with a '/' has capitals side by side and '+'.
        /// </summary>
        public static bool IsResourcePath(string value)
        {
            if (value.StartsWith("arn:", StringComparison.Ordinal)) return true;
            if (value.Length > 3 && char.IsLetter(value[0]) && value[1] == ':' && (value[2] == '\\' || value[2] == '/')) return true;
            if (value.StartsWith("\\\\", StringComparison.Ordinal) || value.StartsWith(".\\", StringComparison.Ordinal)) return true;
            if (value.IndexOf('/') < 0 && value.IndexOf('\\') < 0) return false;

            int segments = 0;
            int start = 0;
            for (int i = 0; i <= value.Length; i++)
            {
                if (i < value.Length && value[i] != '/' && value[i] != '\\') continue;
                if (i > start)
                {
                    if (!IsWordSegment(value, start, i)) return false;
                    segments++;
                }

                start = i + 1;
            }

            return segments >= 2 || (segments == 1 && (value[0] == '/' || value[0] == '~'));
        }

        // kv, db-password, acme-prod-42, signing-key, StripeApiKey, v1, password.txt, {id}, ~, 123456789012
        private static bool IsWordSegment(string value, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = value[i];
                if (char.IsUpper(c))
                {
                    // A capital starts a word: it is followed by a lower-case letter, not another capital or the end.
                    if (i + 1 >= end || !char.IsLower(value[i + 1])) return false;
                    continue;
                }

                if (!(char.IsLower(c) || char.IsDigit(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '{' || c == '}' || c == ':' || c == '@')) return false;
            }

            return true;
        }

        /// <summary><c>1.2.3</c>, <c>v10.0.100-rc.2.25502.107</c>, <c>1.4.0+build.7</c>: two to four numbers, then an optional pre-release or build label.</summary>
        public static bool IsVersion(string value)
        {
            int i = value.Length > 0 && (value[0] == 'v' || value[0] == 'V') ? 1 : 0;
            int numbers = 0;
            while (true)
            {
                int digits = 0;
                while (i < value.Length && char.IsDigit(value[i])) { i++; digits++; }
                if (digits == 0) return false;
                numbers++;
                if (i < value.Length && value[i] == '.' && numbers < 4) { i++; continue; }
                break;
            }

            if (numbers < 2) return false;
            if (i == value.Length) return true;
            if (value[i] != '-' && value[i] != '+') return false;
            for (i++; i < value.Length; i++)
            {
                char c = value[i];
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+')) return false;
            }

            return true;
        }
    }
}
