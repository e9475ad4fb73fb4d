namespace TokenGuard.Detection
{
    /// <summary>
    /// The checksum GitHub (2021) and npm tokens carry: the last six characters are the CRC-32 of the
    /// random part before them, in base62. A string that fails it is not a token of that format.
    /// </summary>
    public static class Base62Checksum
    {
        public const int Length = 6;

        /// <summary>True when <paramref name="token"/> = prefix + body + base62(crc32(body)).</summary>
        public static bool IsValid(string token, int prefixLength)
        {
            int bodyLength = token.Length - prefixLength - Length;
            if (bodyLength <= 0) return false;
            string expected = Compute(token, prefixLength, bodyLength);
            return string.CompareOrdinal(token, prefixLength + bodyLength, expected, 0, Length) == 0;
        }

        public static string Compute(string text, int start, int length) =>
            Base62.Encode(Crc32.OfAscii(text, start, length), Length);
    }
}
