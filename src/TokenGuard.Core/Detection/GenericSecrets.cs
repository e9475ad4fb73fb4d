using System;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Generic secrets: a value given to a secret-like name (<c>apiKey</c>, <c>ClientSecret</c>,
    /// <c>password</c> …) that looks random. Thresholds (checked against the labelled samples in the tests):
    /// at least 16 characters, letters mixed with digits (or both cases over 24 characters), and 3.0 bits
    /// of Shannon entropy per character; words, sentences, URLs, GUIDs and placeholders are not random.
    /// </summary>
    public static class GenericSecrets
    {
        public const int MinLength = 16;
        public const double MinEntropy = 3.0;

        public static bool IsLikelySecret(string name, string value)
        {
            if (!SecretNames.LooksLikeSecret(name)) return false;
            string trimmed = value.Trim();
            if (trimmed.Length < MinLength || trimmed.Length > 512 || PlaceholderValues.IsPlaceholder(trimmed)) return false;
            if (trimmed.IndexOf(' ') >= 0 || trimmed.IndexOf("://", StringComparison.Ordinal) >= 0 || LooksLikeGuid(trimmed)) return false;
            if (!HasMixedClasses(trimmed)) return false;
            return ShannonEntropy(trimmed) >= MinEntropy;
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

        private static bool LooksLikeGuid(string value) => Guid.TryParse(value, out _);
    }
}
