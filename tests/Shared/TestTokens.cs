using System;
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

        public static string Random(string alphabet, int length, int seed)
        {
            var random = new Random(seed * 7919 + length);
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }
    }
}
