using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Keys that providers print in their own documentation (jwt.io's sample token, Stripe's sample test
    /// key): copied into code every day, valid-looking, never a secret. Kept as fingerprints so this
    /// repository holds no key-shaped literal. AWS's <c>…EXAMPLE</c> keys are recognised by their suffix.
    /// </summary>
    public static class DocumentedExamples
    {
        private static readonly HashSet<string> Fingerprints = new HashSet<string>(StringComparer.Ordinal)
        {
            "sha256:7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606", // jwt.io's HS256 sample (John Doe, 1516239022)
            "sha256:2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326", // Stripe API reference's sample test secret key
            "sha256:0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059", // Azure Storage emulator (Azurite) devstoreaccount1's well-known account key
            "sha256:aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615", // Azure Cosmos DB emulator's well-known account key (the same on every install)
            // Google / Firebase browser API keys published in documentation and public apps, as gitleaks' gcp-api-key allowlists them.
            "sha256:f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c",
            "sha256:2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4",
            "sha256:3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682",
            "sha256:e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9",
            "sha256:a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6",
            "sha256:0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c",
            "sha256:eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1",
            "sha256:37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619",
            "sha256:8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1",
            "sha256:49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0",
            "sha256:27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045",
            "sha256:dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614",
            "sha256:4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583",
            "sha256:ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d",
            "sha256:3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665",
            "sha256:a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41",
        };

        public static bool Contains(string fingerprint) => Fingerprints.Contains(fingerprint);

        /// <summary>
        /// A token signed with HMAC under one of jwt.io's published sample secrets: whoever reads the page can forge it,
        /// so it protects nothing; it is a tutorial's or a test's fixture. Recognised by verifying the signature rather
        /// than by fingerprint because each version of the page, algorithm and payload signs differently.
        /// </summary>
        public static bool IsJwtIoSample(string jwt)
        {
            int first = jwt.IndexOf('.');
            int second = first < 0 ? -1 : jwt.IndexOf('.', first + 1);
            return second > 0 && IsSignedWithSampleSecret(jwt, second);
        }

        // jwt.io's HS256/384/512 sample secrets, before and after its 2024 redesign.
        private static readonly string[] JwtIoSecrets =
        {
            "a-string-secret-at-least-256-bits-long", "your-256-bit-secret", "your-384-bit-secret", "your-512-bit-secret",
        };

        private static bool IsSignedWithSampleSecret(string jwt, int signatureDot)
        {
            byte[]? header = Base64Text.Decode(jwt.Substring(0, jwt.IndexOf('.')));
            if (header is null) return false;
            string alg = Encoding.UTF8.GetString(header);
            byte[]? signature = Base64Text.Decode(jwt.Substring(signatureDot + 1));
            if (signature is null) return false;
            byte[] signed = Encoding.ASCII.GetBytes(jwt.Substring(0, signatureDot));
            foreach (string secret in JwtIoSecrets)
            {
                byte[] key = Encoding.UTF8.GetBytes(secret);
                using HMAC? hmac = alg.Contains("\"HS256\"") ? new HMACSHA256(key) : alg.Contains("\"HS384\"") ? new HMACSHA384(key) : alg.Contains("\"HS512\"") ? (HMAC)new HMACSHA512(key) : null;
                if (hmac is null) return false;
                byte[] expected = hmac.ComputeHash(signed);
                if (expected.Length == signature.Length && expected.SequenceEqual(signature)) return true;
            }

            return false;
        }
    }
}
