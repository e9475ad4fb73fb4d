namespace TokenGuard.Detection
{
    /// <summary>
    /// A PKCS#12 file (.p12, .pfx) that holds a private key, recognised by its DER structure rather than its name: one
    /// SEQUENCE spanning the whole file, version 3, an authenticated safe of type data or signedData (RFC 7292 §4), and
    /// a key bag or PKCS#8 shrouded key bag (1.2.840.113549.1.12.10.1.1 / .2). The key bags sit in the unencrypted part
    /// of the container, so no password is needed to see that a key is there. Like an encrypted PEM private key, the
    /// container is a committed private key whatever its password (Google's service-account keys ship with the published
    /// password <c>notasecret</c>); a container of certificates only (a trust store) holds nothing secret.
    /// </summary>
    public static class Pkcs12Container
    {
        // OID 1.2.840.113549.1.7 (PKCS#7 content types) and 1.2.840.113549.1.12.10.1 (PKCS#12 bag types), DER-encoded.
        private static readonly byte[] ContentTypeOid = { 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07 };
        private static readonly byte[] BagTypeOid = { 0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01 };

        public static bool HoldsPrivateKey(byte[] bytes) => bytes != null && HoldsPrivateKey(bytes, bytes.Length);

        /// <summary>The same for the first <paramref name="size"/> bytes of a reused buffer.</summary>
        public static bool HoldsPrivateKey(byte[] bytes, int size)
        {
            // PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData OPTIONAL }; in DER the length is the file's.
            if (bytes is null || size < 32 || size > bytes.Length || bytes[0] != 0x30 || !TryLength(bytes, size, 1, out int length, out int i) || i + length != size) return false;
            if (bytes[i] != 0x02 || bytes[i + 1] != 0x01 || bytes[i + 2] != 0x03 || bytes[i + 3] != 0x30) return false;
            if (!TryLength(bytes, size, i + 4, out _, out i) || !At(bytes, size, i, ContentTypeOid) || i + ContentTypeOid.Length >= size) return false;
            byte type = bytes[i + ContentTypeOid.Length];
            if (type != 0x01 && type != 0x02) return false; // data or signedData

            for (int at = i; at + BagTypeOid.Length < size; at++)
            {
                if (bytes[at] != 0x06 || !At(bytes, size, at, BagTypeOid)) continue;
                byte bag = bytes[at + BagTypeOid.Length];
                if (bag == 0x01 || bag == 0x02) return true; // keyBag, pkcs8ShroudedKeyBag
            }

            return false;
        }

        private static bool At(byte[] bytes, int size, int offset, byte[] expected)
        {
            if (offset + expected.Length > size) return false;
            for (int k = 0; k < expected.Length; k++)
            {
                if (bytes[offset + k] != expected[k]) return false;
            }

            return true;
        }

        // A DER length at offset: short form, or long form of one to three bytes. After: the offset following it.
        private static bool TryLength(byte[] bytes, int size, int offset, out int length, out int after)
        {
            length = 0;
            after = 0;
            if (offset >= size) return false;
            byte first = bytes[offset];
            if (first < 0x80)
            {
                length = first;
                after = offset + 1;
                return after + 4 <= size;
            }

            int count = first & 0x7F;
            if (count == 0 || count > 3 || offset + count + 4 >= size) return false;
            for (int k = 1; k <= count; k++) length = (length << 8) | bytes[offset + k];
            after = offset + 1 + count;
            return true;
        }
    }
}
