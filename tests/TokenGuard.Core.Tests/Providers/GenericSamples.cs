using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/GenericRules.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class GenericSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["private-key"] = () => PrivateKey(27),
            ["putty-private-key"] = () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\nPrivate-" + "Lines: 2\n" + Random(Base64, 64, 69) + "\n" + Random(Base64, 64, 70) + "\n",
            ["age-secret-key"] = () => "AGE-SECRET" + "-KEY-1" + Random("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58, 71).ToUpperInvariant(),
            ["jwt"] = () => "ey" + "J" + Random(Url, 30, 72) + ".ey" + "J" + Random(Url, 60, 73) + "." + Random(Url, 43, 74),
            ["url-credentials"] = () => "postgres://app:" + Random(Alphanumeric, 18, 75) + "@db.internal:5432/shop",
            ["connection-string-password"] = () => "Server=db;Database=shop;User Id=app;Password=" + Random(Alphanumeric, 16, 76) + ";",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["private-key"] = new (string, Func<string>)[]
            {
                ("no body", () => "-----BEGIN RSA " + "PRIVATE KEY-----\n...\n-----END RSA " + "PRIVATE KEY-----"),
                ("public key", () => PrivateKey(69).Replace("PRIVATE", "PUBLIC")),
            },
            ["putty-private-key"] = new (string, Func<string>)[]
            {
                ("no private lines", () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n"),
                ("private lines too short", () => "PuTTY-User-" + "Key-File-2: ssh-rsa\nEncryption: none\nPrivate-" + "Lines: 1\n" + Random(Base64, 30, 69) + "\n"),
            },
            ["age-secret-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "AGE-SECRET" + "-KEY-1" + Random("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 57, 71).ToUpperInvariant()),
                ("public key", () => "age1" + Random("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58, 71)),
            },
            ["jwt"] = new (string, Func<string>)[]
            {
                ("unsigned", () => "ey" + "J" + Random(Url, 30, 72) + ".ey" + "J" + Random(Url, 60, 73) + "."),
                ("payload is not JSON", () => "ey" + "J" + Random(Url, 30, 72) + "." + Random(Url, 60, 73) + "." + Random(Url, 43, 74)),
                ("signed with jwt.io's published sample secret", () => SignedJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"" + Random(Alphanumeric, 12, 75) + "\",\"iat\":1716239022}", "your-256-bit-" + "secret")),
                ("HS512, signed with jwt.io's current sample secret", () => SignedJwt("{\"alg\":\"HS512\"}", "{\"msg\":\"" + Random(Alphanumeric, 20, 76) + "\"}", "a-string-secret-" + "at-least-256-bits-long")),
            },
            ["url-credentials"] = new (string, Func<string>)[]
            {
                ("variable", () => "postgres://app:${DB_PASSWORD}@db:5432/shop"),
                ("placeholder", () => "https://user:password@example.com"),
            },
            ["connection-string-password"] = new (string, Func<string>)[]
            {
                ("placeholder", () => "Server=db;Database=shop;User Id=app;Password=<your-password>;"),
                ("empty", () => "Server=db;Database=shop;User Id=app;Password=;"),
                ("a Terraform variable reference", () => "  admin_password = " + "var.admin_password"),
            },
        };

        private static string SignedJwt(string header, string payload, string secret)
        {
            string signed = Base64Url(System.Text.Encoding.UTF8.GetBytes(header)) + "." + Base64Url(System.Text.Encoding.UTF8.GetBytes(payload));
            byte[] key = System.Text.Encoding.UTF8.GetBytes(secret);
            using System.Security.Cryptography.HMAC hmac = header.Contains("HS512") ? new System.Security.Cryptography.HMACSHA512(key) : new System.Security.Cryptography.HMACSHA256(key);
            return signed + "." + Base64Url(hmac.ComputeHash(System.Text.Encoding.ASCII.GetBytes(signed)));
        }

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
