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

        /// <summary>
        /// Whether the text holds a run of exactly 52 alphabet characters with no ASCII letter or digit on either side, as every
        /// token the rule matches is: a precheck that reads about one character in 52 where no such run is (see
        /// <see cref="CharacterRuns.HasRun"/>), and also rejects the longer lowercase runs minified scripts and word lists hold.
        /// </summary>
        internal static bool MayHoldToken(string text)
        {
            int end = Length - 1; // the last character of the first window that could hold a run
            while (end < text.Length)
            {
                int start = end;
                while (start > end - Length && IsInAlphabet(text[start])) start--;
                if (start > end - Length)
                {
                    end = start + Length; // no run ends before the character at start
                    continue;
                }

                // A run of Length ends at end: its whole extent decides.
                int first = end - Length + 1, last = end;
                while (first > 0 && IsInAlphabet(text[first - 1])) first--;
                while (last + 1 < text.Length && IsInAlphabet(text[last + 1])) last++;
                if (last - first + 1 == Length && (first == 0 || !IsAsciiLetterOrDigit(text[first - 1])) && (last + 1 == text.Length || !IsAsciiLetterOrDigit(text[last + 1])))
                    return true;
                end = last + 1 + Length; // the character after the run is not in the alphabet
            }

            return false;
        }

        private static bool IsInAlphabet(char c) => (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7');

        private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
