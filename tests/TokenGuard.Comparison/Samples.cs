using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using TokenGuard.Detection;
using TokenGuard.Tests;

namespace TokenGuard.Comparison
{
    /// <summary>One value to place in the corpus: a secret, or a look-alike that is not one.</summary>
    /// <param name="Family">The kind of credential it is (or resembles): github, aws, password …</param>
    /// <param name="Kind">"secret", or what sort of look-alike: placeholder, example-key, guid, hash, public-key, endpoint-url, ui-string, config-key.</param>
    /// <param name="Name">The member, key or parameter name it is given (PascalCase).</param>
    public sealed record Sample(string Family, string Kind, bool IsSecret, string Name, string Value);

    /// <summary>
    /// Secrets and look-alikes, all assembled at run time from a seed. Known formats carry valid checksums
    /// (GitHub, npm). No value here is a real credential; none is written to the repository.
    /// </summary>
    public static class Samples
    {
        public static readonly string[] SecretFamilies =
        {
            "github", "npm", "aws", "slack", "stripe", "private-key", "jwt",
            "password", "connection-string", "url-credential", "generic-secret",
        };

        public static readonly string[] LookAlikeKinds =
        {
            "placeholder", "example-key", "guid", "hash", "public-key", "endpoint-url", "ui-string", "config-key",
        };

        private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*+-";
        private static readonly string[] NeutralNames = { "Value", "Default", "Fallback", "Current", "Primary", "Data" };

        /// <summary>The secret of <paramref name="family"/> number <paramref name="n"/>.</summary>
        public static Sample Secret(string family, int n)
        {
            int seed = 1000 + n * 31 + family.Length;
            bool neutral = n % 2 == 1; // known formats are found by shape: half of them get a neutral name
            string Pick(params string[] names) => neutral ? NeutralNames[n % NeutralNames.Length] : names[n % names.Length];
            switch (family)
            {
                case "github":
                    return new Sample(family, "secret", true, Pick("GitHubToken", "DeployToken", "GhPat"),
                        n % 3 == 2 ? TestTokens.GitHubFineGrained(seed) : TestTokens.GitHubClassic(seed, "pousr"[n % 5]));
                case "npm":
                    string body = TestTokens.Random(TestTokens.Alphanumeric, 30, seed);
                    return new Sample(family, "secret", true, Pick("NpmToken", "RegistryToken"), "npm" + "_" + body + Base62Checksum.Compute(body, 0, body.Length));
                case "aws":
                    return n % 3 == 2
                        ? new Sample(family, "secret", true, "AwsSecretAccessKey", TestTokens.Random(TestTokens.Alphanumeric + "/+", 40, seed))
                        : new Sample(family, "secret", true, Pick("AwsAccessKeyId", "AccessKey"), TestTokens.AwsAccessKeyId(seed));
                case "slack":
                    return n % 2 == 0
                        ? new Sample(family, "secret", true, Pick("SlackBotToken", "SlackToken"), TestTokens.Slack(seed))
                        : new Sample(family, "secret", true, "WebhookUrl", TestTokens.SlackWebhook(seed));
                case "stripe":
                    return new Sample(family, "secret", true, Pick("StripeSecretKey", "StripeApiKey"),
                        n % 3 == 2 ? TestTokens.StripeRestricted(seed) : TestTokens.StripeSecret(seed));
                case "private-key":
                    return new Sample(family, "secret", true, Pick("PrivateKey", "SigningKey", "PrivateKeyPem"),
                        PrivateKeyPem(seed, n % 2 == 0 ? "RSA " : ""));
                case "jwt":
                    return new Sample(family, "secret", true, Pick("AccessToken", "BearerToken", "Jwt"), Jwt(seed));
                case "password":
                    // A random password is only recognisable by its name: never a neutral one.
                    return new Sample(family, "secret", true, new[] { "DbPassword", "AdminPassword", "SmtpPwd", "Passphrase" }[n % 4],
                        TestTokens.Random(PasswordAlphabet, 14 + n % 6, seed));
                case "connection-string":
                    return new Sample(family, "secret", true, Pick("ConnectionString", "OrdersDb"),
                        "Server=tcp:sql" + n + ".acme-data.net,1433;Database=orders;User Id=app_rw;Password=" + TestTokens.Random(PasswordAlphabet.Replace(";", ""), 16, seed) + ";");
                case "url-credential":
                    return new Sample(family, "secret", true, Pick("FeedUrl", "RepositoryUrl", "BrokerUri"),
                        "https://svc_deploy:" + TestTokens.Random(TestTokens.Alphanumeric, 20, seed) + "@build" + n + ".acme-build.io/feed/index.json");
                case "generic-secret":
                    return new Sample(family, "secret", true, new[] { "ApiKey", "ClientSecret", "AuthToken", "SecretKey", "ApiSecret" }[n % 5],
                        TestTokens.Random(TestTokens.Alphanumeric, 32 + n % 9, seed));
                default:
                    throw new ArgumentOutOfRangeException(nameof(family), family, null);
            }
        }

        /// <summary>Look-alike number <paramref name="n"/> of <paramref name="kind"/>: not a secret, but shaped or named like one.</summary>
        public static Sample LookAlike(string kind, int n)
        {
            int seed = 5000 + n * 17 + kind.Length;
            Sample S(string family, string name, string value) => new Sample(family, kind, false, name, value);
            switch (kind)
            {
                case "placeholder":
                    switch (n % 7)
                    {
                        case 0: return S("password", "DbPassword", "changeme");
                        case 1: return S("generic-secret", "ApiKey", "<your-api-key>");
                        case 2: return S("password", "AdminPassword", "${ADMIN_PASSWORD}");
                        case 3: return S("github", "GitHubToken", "gh" + "p_" + new string('x', 36));
                        case 4: return S("stripe", "StripeSecretKey", "sk" + "_live_" + new string('X', 24));
                        case 5: return S("generic-secret", "ClientSecret", "YOUR_CLIENT_SECRET_HERE");
                        default: return S("connection-string", "ConnectionString", "Server=localhost;Database=orders;User Id=app;Password=<password>;");
                    }
                case "example-key":
                    switch (n % 4)
                    {
                        // The examples AWS, Stripe and jwt.io publish in their documentation.
                        case 0: return S("aws", "AwsAccessKeyId", "AK" + "IAIOSFODNN7" + "EXAMPLE");
                        case 1: return S("aws", "AwsSecretAccessKey", "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY");
                        case 2: return S("stripe", "StripeApiKey", "sk" + "_test_" + "4eC39HqLyjWDarjtT1zdp7dc");
                        default: return S("jwt", "AccessToken", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
                    }
                case "guid":
                    string guid = new Guid(Bytes(seed, 16)).ToString();
                    return S("generic-secret", new[] { "ClientId", "TenantId", "KeyId", "SubscriptionId", "ApiKeyId" }[n % 5], n % 3 == 2 ? guid.ToUpperInvariant() : guid);
                case "hash":
                    switch (n % 3)
                    {
                        case 0: return S("password", "PasswordHash", Convert.ToHexString(SHA256.HashData(Bytes(seed, 8))).ToLowerInvariant());
                        case 1: return S("password", "PasswordBcrypt", "$2a$12$" + TestTokens.Random(TestTokens.Alphanumeric + "./", 53, seed));
                        default: return S("generic-secret", "TokenSha1", Convert.ToHexString(SHA1.HashData(Bytes(seed, 8))).ToLowerInvariant());
                    }
                case "public-key":
                    switch (n % 3)
                    {
                        case 0: return S("private-key", "PublicKey", "-----BEGIN PUBLIC KEY-----\n" + Wrap(Convert.ToBase64String(Bytes(seed, 162))) + "-----END PUBLIC KEY-----");
                        case 1: return S("private-key", "SshPublicKey", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Convert.ToBase64String(Bytes(seed, 32)).TrimEnd('=') + " deploy@ci");
                        default: return S("stripe", "StripePublishableKey", "pk" + "_live_" + TestTokens.Random(TestTokens.Alphanumeric, 24, seed));
                    }
                case "endpoint-url":
                    switch (n % 4)
                    {
                        case 0: return S("url-credential", "TokenEndpoint", "https://login.microsoftonline.com/" + new Guid(Bytes(seed, 16)) + "/oauth2/v2.0/token");
                        case 1: return S("url-credential", "TokenUrl", "https://oauth2.googleapis.com/token");
                        case 2: return S("github", "AccessTokenUrl", "https://github.com/login/oauth/access_token");
                        default: return S("url-credential", "RepositoryUrl", "https://svc_deploy@build" + n + ".acme-build.io/feed/index.json");
                    }
                case "ui-string":
                    switch (n % 4)
                    {
                        case 0: return S("password", "PasswordPrompt", "Enter your password");
                        case 1: return S("password", "PasswordRule", "Password must contain at least 12 characters");
                        case 2: return S("generic-secret", "TokenExpiredMessage", "Your API token has expired. Create a new one under Settings, Tokens.");
                        default: return S("github", "TokenHint", "Paste a GitHub token (it starts with ghp_)");
                    }
                case "config-key":
                    switch (n % 4)
                    {
                        case 0: return S("password", "PasswordKey", "Database:Password");
                        case 1: return S("github", "TokenVariable", "GITHUB_TOKEN");
                        case 2: return S("stripe", "SecretKeyName", "Stripe:SecretKey");
                        default: return S("connection-string", "ConnectionStringName", "ConnectionStrings:Orders");
                    }
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        /// <summary>
        /// A PEM private key whose body starts like real DER (an ASN.1 SEQUENCE, "MII…"), as every real key does;
        /// secretlint rejects bodies that do not, so random bytes alone would not be a fair sample.
        /// </summary>
        private static string PrivateKeyPem(int seed, string kind)
        {
            byte[] der = Bytes(seed, 600);
            byte[] header = kind == "RSA "
                ? new byte[] { 0x30, 0x82, 0x02, 0x54, 0x02, 0x01, 0x00, 0x02, 0x81, 0x81, 0x00 }             // PKCS#1 RSAPrivateKey
                : new byte[] { 0x30, 0x82, 0x02, 0x54, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86 }; // PKCS#8 PrivateKeyInfo
            header.CopyTo(der, 0);
            string label = kind + "PRIVATE" + " KEY";
            return "-----BEGIN " + label + "-----\n" + Wrap(Convert.ToBase64String(der)) + "-----END " + label + "-----";
        }

        private static string Jwt(int seed)
        {
            string header = B64Url(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
            string payload = B64Url(Encoding.UTF8.GetBytes("{\"sub\":\"svc-" + seed + "\",\"iss\":\"https://id.acme-build.io\",\"iat\":" + (1760000000 + seed) + "}"));
            return header + "." + payload + "." + B64Url(Bytes(seed, 32));
        }

        private static string B64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static byte[] Bytes(int seed, int count)
        {
            var bytes = new byte[count];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }

        private static string Wrap(string base64)
        {
            var text = new StringBuilder();
            for (int i = 0; i < base64.Length; i += 64) text.Append(base64, i, Math.Min(64, base64.Length - i)).Append('\n');
            return text.ToString();
        }

        /// <summary>camelCase of a PascalCase name.</summary>
        public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

        public static IEnumerable<string> Lines(string value) => value.Split('\n');
    }
}
