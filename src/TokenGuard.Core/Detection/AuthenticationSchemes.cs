using System;

namespace TokenGuard.Detection
{
    /// <summary>The scheme words an <c>Authorization</c> value starts with, before the credential itself.</summary>
    public static class AuthenticationSchemes
    {
        private static readonly string[] Words = { "Bearer ", "Basic ", "token ", "Token ", "Bot ", "SSWS ", "ApiKey " };

        /// <summary>The value without its leading scheme word (<c>Bearer abc</c> → <c>abc</c>); the value itself when it has none.</summary>
        public static string Strip(string value)
        {
            foreach (string scheme in Words)
            {
                if (value.StartsWith(scheme, StringComparison.Ordinal)) return value.Substring(scheme.Length);
            }

            return value;
        }

        /// <summary>Whether the value starts with a scheme word and its space. No allocation.</summary>
        public static bool StartsWithScheme(string value)
        {
            foreach (string scheme in Words)
            {
                if (value.StartsWith(scheme, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the text is a scheme word and its space, or ends with one after a header's colon
        /// (<c>"Bearer "</c>, <c>"Authorization: Bearer "</c>), so the next piece of a concatenation is the credential.
        /// Not after other words: <c>"Invalid token " + …</c> is a message.
        /// </summary>
        public static bool EndsWithScheme(string text)
        {
            foreach (string scheme in Words)
            {
                if (!text.EndsWith(scheme, StringComparison.Ordinal)) continue;
                int before = text.Length - scheme.Length - 1;
                while (before >= 0 && text[before] == ' ') before--;
                if (before < 0 || text[before] == ':') return true;
            }

            return false;
        }
    }
}
