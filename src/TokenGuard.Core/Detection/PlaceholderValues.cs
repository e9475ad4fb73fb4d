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
            "tbd", "placeholder", "redacted", "secret123", "password123",
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
            if (IsFormatItem(trimmed)) return true;
            foreach (string marker in Markers)
            {
                if (trimmed.IndexOf(marker, StringComparison.Ordinal) >= 0) return true;
            }

            return IsOneRepeatedCharacter(trimmed);
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
