namespace TokenGuard.Detection
{
    /// <summary>
    /// The checksum inside a legacy (52-character, lowercase base32) Azure DevOps personal access token, as
    /// microsoft/security-utilities documents it (SEC101/102): the 32 decoded bytes hold, at 22, 8, 7 and 2
    /// (least significant first), the CRC-32 of the other 28 bytes XOR a magic number for user or
    /// application tokens.
    /// </summary>
    public static class AzureDevOpsLegacyPat
    {
        public const int Length = 52;
        public const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        public const uint UserPatMagic = 0xE0B9692Du;
        public const uint ApplicationPatMagic = 0x1019F92Eu;

        /// <summary>Where the checksum's bytes sit, least significant first.</summary>
        public static readonly int[] ChecksumPositions = { 22, 8, 7, 2 };

        public static bool HasValidChecksum(string token)
        {
            byte[]? bytes = DecodeBase32(token);
            if (bytes is null) return false;
            uint stored = 0;
            for (int i = 3; i >= 0; i--) stored = stored << 8 | bytes[ChecksumPositions[i]];
            uint crc = CrcOfPayload(bytes);
            return stored == (crc ^ UserPatMagic) || stored == (crc ^ ApplicationPatMagic);
        }

        /// <summary>CRC-32 of the 28 bytes that are not the checksum.</summary>
        public static uint CrcOfPayload(byte[] decoded)
        {
            var payload = new byte[28];
            int n = 0;
            for (int i = 0; i < 32; i++)
            {
                if (i != 2 && i != 7 && i != 8 && i != 22) payload[n++] = decoded[i];
            }

            return Crc32.Of(payload, 0, payload.Length);
        }

        /// <summary>The 32 bytes 52 base32 characters encode (the last 4 bits are padding); null if it is not base32.</summary>
        private static byte[]? DecodeBase32(string token)
        {
            if (token.Length != Length) return null;
            var bytes = new byte[32];
            int buffer = 0, bits = 0, n = 0;
            foreach (char c in token)
            {
                int value = Alphabet.IndexOf(char.ToLowerInvariant(c));
                if (value < 0) return null;
                buffer = (buffer << 5 | value) & 0xFFFF;
                bits += 5;
                if (bits >= 8 && n < bytes.Length)
                {
                    bytes[n++] = (byte)(buffer >> (bits - 8));
                    bits -= 8;
                }
            }

            return bytes;
        }
    }
}
