namespace TokenGuard.Detection
{
    /// <summary>
    /// Marvin32 (Microsoft's seeded 64-bit hash, SymCrypt <c>marvin32.c</c>), the checksum Microsoft
    /// identifiable keys carry. Written from the algorithm's description; checked against the published
    /// test vectors in the tests.
    /// </summary>
    public static class Marvin32
    {
        /// <summary>The 64-bit hash of <paramref name="length"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static ulong Hash64(byte[] data, int offset, int length, ulong seed)
        {
            uint p0 = (uint)seed;
            uint p1 = (uint)(seed >> 32);
            int end = offset + length;
            int i = offset;
            for (; i + 4 <= end; i += 4)
            {
                p0 += (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24);
                Mix(ref p0, ref p1);
            }

            // The 0-3 remaining bytes, then a 0x80 marker byte, as one little-endian word.
            uint last = 0x80u << (8 * (end - i));
            for (int shift = 0; i < end; i++, shift += 8) last |= (uint)data[i] << shift;
            p0 += last;
            Mix(ref p0, ref p1);
            Mix(ref p0, ref p1);
            return (ulong)p1 << 32 | p0;
        }

        /// <summary>The 64-bit hash folded to 32 bits (high word XOR low word), as identifiable keys store it.</summary>
        public static uint Hash32(byte[] data, int offset, int length, ulong seed)
        {
            ulong hash = Hash64(data, offset, length, seed);
            return (uint)(hash >> 32) ^ (uint)hash;
        }

        private static void Mix(ref uint p0, ref uint p1)
        {
            p1 ^= p0;
            p0 = RotateLeft(p0, 20);
            p0 += p1;
            p1 = RotateLeft(p1, 9);
            p1 ^= p0;
            p0 = RotateLeft(p0, 27);
            p0 += p1;
            p1 = RotateLeft(p1, 19);
        }

        private static uint RotateLeft(uint value, int bits) => value << bits | value >> (32 - bits);
    }
}
