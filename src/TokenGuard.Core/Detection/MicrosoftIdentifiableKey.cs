namespace TokenGuard.Detection
{
    /// <summary>
    /// Microsoft identifiable keys (microsoft/security-utilities, "HIS v1"): base64 of random bytes, a
    /// 4-character signature naming the service (<c>+ASt</c>, <c>AzFu</c>, <c>ACDb</c> …), and last a 4-byte
    /// little-endian Marvin32 checksum of every byte before it, seeded per kind of key. A string that fails
    /// the checksum for every seed of its service is not that service's key.
    /// </summary>
    public static class MicrosoftIdentifiableKey
    {
        private const int ChecksumLength = 4;

        /// <summary>True when <paramref name="key"/> (standard or URL-safe base64, padding optional) carries the checksum for one of <paramref name="seeds"/>.</summary>
        public static bool HasValidChecksum(string key, params ulong[] seeds)
        {
            byte[]? bytes = Base64Text.Decode(key);
            if (bytes is null || bytes.Length <= ChecksumLength) return false;
            int body = bytes.Length - ChecksumLength;
            uint stored = (uint)(bytes[body] | bytes[body + 1] << 8 | bytes[body + 2] << 16 | bytes[body + 3] << 24);
            foreach (ulong seed in seeds)
            {
                if (Marvin32.Hash32(bytes, 0, body, seed) == stored) return true;
            }

            return false;
        }
    }
}
