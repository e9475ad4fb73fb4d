using System;

namespace TokenGuard.Detection
{
    /// <summary>
    /// The name every Datadog key match starts with, <c>dd</c> or <c>datadog</c>, then <c>api</c>, <c>app</c> or
    /// <c>application</c>, then <c>key</c>, in any case, each maybe after one of <c>_ . -</c> (<c>DD_API_KEY</c>,
    /// <c>datadogAppKey</c>). Its keyword <c>dd</c> is in most files' literals (<c>add</c>, <c>address</c>), where the
    /// pattern's scan tries every d: finding the name from each <c>key</c> back is cheaper.
    /// </summary>
    internal static class DatadogKeyName
    {
        private static readonly string[] Products = { "api", "app", "application" };
        private static readonly string[] Vendors = { "dd", "datadog" };

        public static bool MayBeIn(string text)
        {
            for (int ey = text.IndexOf("ey", StringComparison.OrdinalIgnoreCase); ey >= 0; ey = text.IndexOf("ey", ey + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (ey > 0 && IsK(text[ey - 1]) && EndsWithName(text, end: ey - 1)) return true;
            }

            return false;
        }

        // The regex's case-insensitive k also matches the Kelvin sign, which OrdinalIgnoreCase does not fold to k.
        private static bool IsK(char c) => c == 'k' || c == 'K' || c == '\u212A';

        // A separator right before a word is the optional [_.-]: the words end in letters, so it cannot be theirs.
        private static bool EndsWithName(string text, int end)
        {
            end = WithoutSeparator(text, end);
            foreach (string product in Products)
            {
                if (!EndsWithIgnoringCase(text, end, product)) continue;
                int vendorEnd = WithoutSeparator(text, end - product.Length);
                foreach (string vendor in Vendors)
                {
                    if (EndsWithIgnoringCase(text, vendorEnd, vendor)) return true;
                }
            }

            return false;
        }

        private static int WithoutSeparator(string text, int end) =>
            end > 0 && (text[end - 1] == '_' || text[end - 1] == '.' || text[end - 1] == '-') ? end - 1 : end;

        // ASCII letters only: none of these words' letters has another case form the regex would also match.
        private static bool EndsWithIgnoringCase(string text, int end, string lowercaseWord)
        {
            if (end < lowercaseWord.Length) return false;
            for (int i = 0; i < lowercaseWord.Length; i++)
            {
                if ((text[end - lowercaseWord.Length + i] | 0x20) != lowercaseWord[i]) return false;
            }

            return true;
        }
    }
}
