using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Minimal DER shapes of a PKCS#12 file (RFC 7292): version 3, an authenticated safe of type data, a bag of the given
    /// type with random bytes for its (shrouded) content. Structure only: no key, no certificate, nothing decryptable.
    /// </summary>
    internal static class Pkcs12Bytes
    {
        private static readonly byte[] Pkcs7Data = { 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01 };

        public static byte[] WithKeyBag(bool shrouded, int seed = 1) => Pfx(Bag((byte)(shrouded ? 0x02 : 0x01), seed));

        public static byte[] CertificatesOnly(int seed = 2) => Pfx(Bag(0x03, seed));

        // SafeBag ::= SEQUENCE { bagId OID 1.2.840.113549.1.12.10.1.n, bagValue [0] … }
        private static byte[] Bag(byte type, int seed)
        {
            var oid = new byte[] { 0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, type };
            byte[] content = System.Text.Encoding.ASCII.GetBytes(TestTokens.Random(TestTokens.Alphanumeric, 200, seed));
            return Der(0x30, oid.Concat(Der(0xA0, Der(0x04, content))).ToArray());
        }

        private static byte[] Pfx(byte[] bag)
        {
            byte[] safe = Der(0x30, Der(0x30, bag));
            byte[] authSafe = Der(0x30, Pkcs7Data.Concat(Der(0xA0, Der(0x04, safe))).ToArray());
            return Der(0x30, new byte[] { 0x02, 0x01, 0x03 }.Concat(authSafe).ToArray());
        }

        private static byte[] Der(byte tag, byte[] content)
        {
            var bytes = new List<byte> { tag };
            if (content.Length < 0x80) bytes.Add((byte)content.Length);
            else if (content.Length < 0x100) bytes.AddRange(new byte[] { 0x81, (byte)content.Length });
            else bytes.AddRange(new byte[] { 0x82, (byte)(content.Length >> 8), (byte)content.Length });
            bytes.AddRange(content);
            return bytes.ToArray();
        }
    }
}
