using System;

namespace TokenGuard.Detection
{
    /// <summary>Base64 as tokens write it: standard or URL-safe alphabet, padding optional.</summary>
    internal static class Base64Text
    {
        /// <summary>The bytes <paramref name="text"/> encodes; null when it is not base64.</summary>
        public static byte[]? Decode(string text)
        {
            string standard = text.Replace('-', '+').Replace('_', '/');
            int remainder = standard.Length % 4;
            if (remainder == 1) return null;
            if (remainder != 0) standard += new string('=', 4 - remainder);
            try
            {
                return Convert.FromBase64String(standard);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
