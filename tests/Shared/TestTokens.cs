using System;
using System.Linq;
using System.Text;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Test tokens are assembled at run time from parts, with valid checksums, so that no committed file
    /// contains a real-looking token (the repository passes its own scanner and push protection).
    /// </summary>
    public static class TestTokens
    {
        public const string Alphanumeric = Base62.Alphabet;
        private const string Base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        /// <summary>A classic GitHub token: prefix + 30 random base62 + base62(crc32) checksum.</summary>
        public static string GitHubClassic(int seed = 1, char kind = 'p')
        {
            string body = Random(Alphanumeric, 30, seed);
            return "gh" + kind + "_" + body + Base62Checksum.Compute(body, 0, body.Length);
        }

        /// <summary>Same shape as <see cref="GitHubClassic"/> but with a wrong checksum.</summary>
        public static string GitHubClassicBadChecksum(int seed = 1)
        {
            string token = GitHubClassic(seed);
            char last = token[token.Length - 1] == 'a' ? 'b' : 'a';
            return token.Substring(0, token.Length - 1) + last;
        }

        public static string GitHubFineGrained(int seed = 1) =>
            "github" + "_pat_" + Random(Alphanumeric, 22, seed) + "_" + Random(Alphanumeric, 59, seed + 1);

        public static string AwsAccessKeyId(int seed = 1) => "AK" + "IA" + Random(Base32Upper, 16, seed);

        public static string Slack(int seed = 1) =>
            "xo" + "xb-" + Random("0123456789", 12, seed) + "-" + Random("0123456789", 13, seed + 1) + "-" + Random(Alphanumeric, 24, seed + 2);

        public static string SlackWebhook(int seed = 1) =>
            "https://hooks." + "slack.com/services/T" + Random(Base32Upper, 10, seed) + "/B" + Random(Base32Upper, 10, seed + 1) + "/" + Random(Alphanumeric, 24, seed + 2);

        public static string StripeSecret(int seed = 1) => "sk" + "_live_" + Random(Alphanumeric, 32, seed);

        public static string StripeRestricted(int seed = 1) => "rk" + "_live_" + Random(Alphanumeric, 32, seed);

        public static string PrivateKey(int seed = 1, string kind = "RSA ")
        {
            var bytes = new byte[180];
            new Random(seed).NextBytes(bytes);
            string body = Convert.ToBase64String(bytes);
            var pem = new StringBuilder();
            pem.Append("-----BEGIN ").Append(kind).Append("PRIVATE").Append(" KEY-----\n");
            for (int i = 0; i < body.Length; i += 64) pem.Append(body.Substring(i, Math.Min(64, body.Length - i))).Append('\n');
            pem.Append("-----END ").Append(kind).Append("PRIVATE").Append(" KEY-----\n");
            return pem.ToString();
        }

        /// <summary>
        /// A Microsoft identifiable key of <paramref name="byteLength"/> bytes: random base64, the signature
        /// just before the checksum bytes, then the little-endian Marvin32 checksum of every byte before it.
        /// </summary>
        public static string IdentifiableKey(int byteLength, string signature, ulong checksumSeed, int seed = 1, bool urlSafe = false, bool alphanumericOnly = false)
        {
            for (int attempt = 0; ; attempt++)
            {
                int encodedLength = (byteLength + 2) / 3 * 4;
                int padding = (3 - byteLength % 3) % 3;
                int signatureOffset = (byteLength - 4) * 8 / 6 - 4;
                string alphabet = alphanumericOnly ? Alphanumeric : Alphanumeric + "+/";
                string text = Random(alphabet, signatureOffset, seed + attempt * 101) + signature.Replace('-', '+').Replace('_', '/')
                    + new string('A', encodedLength - signatureOffset - signature.Length - padding) + new string('=', padding);
                byte[] bytes = Convert.FromBase64String(text);
                uint checksum = Marvin32.Hash32(bytes, 0, byteLength - 4, checksumSeed);
                for (int i = 0; i < 4; i++) bytes[byteLength - 4 + i] = (byte)(checksum >> (8 * i));
                string key = Convert.ToBase64String(bytes);
                if (urlSafe) key = key.Replace('+', '-').Replace('/', '_');
                if (!alphanumericOnly || key.All(char.IsLetterOrDigit)) return key;
            }
        }

        /// <summary>Same key with one character of its random part changed, so the checksum no longer holds.</summary>
        public static string WithBrokenChecksum(string key)
        {
            char swapped = key[5] == 'Q' ? 'R' : 'Q';
            return key.Substring(0, 5) + swapped + key.Substring(6);
        }

        /// <summary>
        /// A common annotated security key (CASK) laid out as security-utilities documents it: 52 random base62,
        /// JQQJ9 + kind, a date (year, month A-L), 16 reserved, the provider signature, 4 checksum characters
        /// (6 and "==" in the long form).
        /// </summary>
        public static string CommonAnnotatedKey(string providerSignature, int seed = 1, char kind = '9', bool longForm = false) =>
            Random(Alphanumeric, 52, seed) + "JQQJ9" + kind + "BF" + Random(Alphanumeric, 12, seed + 1) + "AAAA" + providerSignature
            + Random(Alphanumeric, longForm ? 6 : 4, seed + 2) + (longForm ? "==" : "");

        /// <summary>A legacy 52-character Azure DevOps PAT: 32 random bytes with the CRC-32 checksum in bytes 22, 8, 7, 2, in base32.</summary>
        public static string AzureDevOpsLegacyPat(int seed = 1, uint magic = Detection.AzureDevOpsLegacyPat.UserPatMagic)
        {
            var bytes = new byte[32];
            new Random(seed).NextBytes(bytes);
            uint checksum = Detection.AzureDevOpsLegacyPat.CrcOfPayload(bytes) ^ magic;
            for (int i = 0; i < 4; i++) bytes[Detection.AzureDevOpsLegacyPat.ChecksumPositions[i]] = (byte)(checksum >> (8 * i));

            var text = new StringBuilder();
            int buffer = 0, bits = 0;
            foreach (byte b in bytes)
            {
                buffer = buffer << 8 | b;
                bits += 8;
                while (bits >= 5)
                {
                    text.Append(Detection.AzureDevOpsLegacyPat.Alphabet[(buffer >> (bits - 5)) & 31]);
                    bits -= 5;
                }
            }

            if (bits > 0) text.Append(Detection.AzureDevOpsLegacyPat.Alphabet[(buffer << (5 - bits)) & 31]);
            return text.ToString();
        }

        /// <summary>A Discord bot token: base64url of an 18-digit user id, a timestamp part and an HMAC part.</summary>
        public static string DiscordBot(int seed = 1)
        {
            string userId = "1" + Random("0123456789", 17, seed);
            string idPart = Convert.ToBase64String(Encoding.ASCII.GetBytes(userId)).TrimEnd('=');
            return idPart + "." + Random(Alphanumeric + "_-", 6, seed + 1) + "." + Random(Alphanumeric + "_-", 38, seed + 2);
        }

        /// <summary>A random lower-case UUID.</summary>
        public static string Uuid(int seed) =>
            Random("0123456789abcdef", 8, seed) + "-" + Random("0123456789abcdef", 4, seed + 1) + "-" + Random("0123456789abcdef", 4, seed + 2) + "-" +
            Random("0123456789abcdef", 4, seed + 3) + "-" + Random("0123456789abcdef", 12, seed + 4);

        public static string Random(string alphabet, int length, int seed)
        {
            var random = new Random(seed * 7919 + length);
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }
    }
}
