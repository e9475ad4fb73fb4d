using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TokenGuard.Tests;

namespace TokenGuard.Comparison
{
    /// <summary>
    /// A second labelled C# corpus, for the generic rule (TG0002) alone: generic secrets (no known format) in the
    /// positions issue 15 names — array, collection and dictionary initializers beside a secret-like name, raw and
    /// verbatim strings, concatenation with an authentication scheme, arguments of methods that authenticate — and
    /// look-alikes in the same positions: route templates, resource paths, configuration key names, hashes, UUIDs,
    /// versions, placeholders, URLs, random values under names that are not secret-like. Deterministic for a seed;
    /// the values are drawn from the seed, the shapes rotate with it. Written to be held out: not tuned on.
    /// </summary>
    public static class ReachCorpus
    {
        private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*+-";
        private const string Base64Alphabet = TestTokens.Alphanumeric + "+/";
        private const string Base64UrlAlphabet = TestTokens.Alphanumeric + "-_";

        private static readonly string[] CollectionNames = { "ApiKeys", "ClientSecrets", "AuthTokens", "SigningKeys", "Passwords", "AccessTokens", "WebhookSecrets" };
        private static readonly string[] SingleNames = { "ApiKey", "ClientSecret", "AuthToken", "SecretKey", "AccessKey", "Password", "ApiSecret", "SigningKey" };

        private static readonly string[] HashNames = { "TokenHash", "PasswordSha256", "ApiKeyDigest", "SecretThumbprint", "ClientSecretChecksum" };
        private static readonly string[] NamedShapes = { "array-initializer", "list-initializer", "dictionary-element", "tuple-pair", "raw-string", "verbatim-local", "collection-expression" };

        /// <summary>The shapes a secret is written in; each takes the value's C# literal and a unique index.</summary>
        private delegate string Shape(Random random, string name, string literal, int i);

        private static readonly (string Position, Shape Write)[] SecretShapes =
        {
            ("array-initializer", (r, n, lit, i) => $"        private static readonly string[] {Plural(n)}{i} = {{ {lit} }};"),
            ("array-creation", (r, n, lit, i) => $"            var {Camel(Plural(n))}{i} = new[] {{ {lit} }};"),
            ("typed-array-creation", (r, n, lit, i) => $"            string[] {Camel(Plural(n))}{i} = new string[] {{ \"primary\", {lit} }};"),
            ("list-initializer", (r, n, lit, i) => $"            var {Camel(Plural(n))}{i} = new List<string> {{ {lit} }};"),
            ("collection-expression", (r, n, lit, i) => $"        private static readonly string[] {Plural(n)}{i} = [{lit}];"),
            ("dictionary-element", (r, n, lit, i) => $"            var map{i} = new Dictionary<string, string> {{ {{ \"{n}\", {lit} }} }};"),
            ("secret-dictionary", (r, n, lit, i) => $"            var secrets{i} = new Dictionary<string, string> {{ {{ \"Orders\", {lit} }} }};"),
            ("tuple-pair", (r, n, lit, i) => $"            var pair{i} = (\"{n}\", {lit});"),
            ("raw-string", (r, n, lit, i) => $"            var {Camel(n)}{i} = \"\"\"{Unquote(lit)}\"\"\";"),
            ("raw-string-multiline", (r, n, lit, i) => $"            string {Camel(n)}{i} = \"\"\"\n                {Unquote(lit)}\n                \"\"\";"),
            ("raw-interpolated", (r, n, lit, i) => $"            string {Camel(n)}{i} = $\"\"\"{Unquote(lit)}{{suffix}}\"\"\";"),
            ("verbatim-pair", (r, n, lit, i) => $"            Settings.Set(\"{n}\", @{lit});"),
            ("verbatim-local", (r, n, lit, i) => $"            var {Camel(n)}{i} = @{lit};"),
            ("scheme-concatenation", (r, n, lit, i) => $"            var authorization{i} = \"{Scheme(i)}\" + {lit};"),
            ("scheme-argument", (r, n, lit, i) => $"            Send(request, \"{Scheme(i)}\" + {lit});"),
            ("authenticate-argument", (r, n, lit, i) => "            " + AuthenticateCall(i, lit) + ";"),
        };

        /// <summary>Look-alikes in the same positions: (kind, value, the shapes it is written in).</summary>
        private static IEnumerable<(string Kind, string Value)> LookAlikes(Random random, int seed)
        {
            string hex(int bytes) => Convert.ToHexString(SHA256.HashData(Bytes(seed, 8))).ToLowerInvariant().PadRight(bytes * 2, '0').Substring(0, bytes * 2);
            int n = random.Next(2, 60);
            yield return ("route-template", new[] { "api/v2/keys/{keyId:guid}/rotate", "/tenants/{tenantId}/tokens/" + n, "v1/secrets/{name}/versions/{version}", "clients/{clientId}/credentials/{credentialId}" }[seed % 4]);
            yield return ("resource-path", new[] { "/run/secrets/client_secret_v" + n, "kv/data/orders" + n + "/db-password", "projects/acme-prod-" + n + "/secrets/signing-key/versions/3", @"C:\secrets\smtp" + n + @"\password.txt", "arn:aws:secretsmanager:eu-west-1:1234567890" + n + ":secret:prod/stripe-Ab" + n + "Cd" }[seed % 5]);
            yield return ("config-key", new[] { "Payments:Stripe" + n + ":ApiKey", "Smtp__Password", "ORDERS_DB_PASSWORD", "Integrations:Partner" + n + ":ClientSecret", "AzureAd:ClientSecret" }[seed % 5]);
            yield return ("hash", new[] { hex(20), hex(32), "sha256:" + hex(32), hex(16) }[seed % 4]);
            yield return ("uuid", seed % 2 == 0 ? new Guid(Bytes(seed, 16)).ToString() : new Guid(Bytes(seed, 16)).ToString().ToUpperInvariant());
            yield return ("version", new[] { "2.14.0-beta." + n, "v" + n + ".3.1", "10.0.100-rc.2.25502." + (100 + n), "1." + n + ".0+build.20251102" }[seed % 4]);
            yield return ("placeholder", new[] { "<your-api-key>", "${CLIENT_SECRET}", "YOUR_TOKEN_HERE", "changeme", "{0}" }[seed % 5]);
            yield return ("url", "https://login.acme-" + n + ".io/oauth2/v2.0/token");
        }

        /// <summary>Random values under names that say nothing about a secret: not TG0002's to report.</summary>
        private static readonly (string Position, Func<string, int, string> Write)[] NeutralShapes =
        {
            ("array-initializer", (lit, i) => $"        private static readonly string[] CorrelationIds{i} = {{ {lit} }};"),
            ("list-initializer", (lit, i) => $"            var colors{i} = new List<string> {{ {lit} }};"),
            ("raw-string", (lit, i) => $"            var etag{i} = \"\"\"{Unquote(lit)}\"\"\";"),
            ("tuple-pair", (lit, i) => $"            var pair{i} = (\"RequestId\", {lit});"),
        };

        public static Corpus Generate(string root, int seed, int files = 40, int secretsPerFile = 8)
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            Directory.CreateDirectory(root);
            var random = new Random(seed);
            var labels = new List<Label>();
            int lines = 0, shape = seed, sample = 0;
            for (int f = 0; f < files; f++)
            {
                string relative = "src/Reach" + f.ToString("000") + ".cs";
                var members = new List<(string Text, Label? Label)>();
                var statements = new List<(string Text, Label? Label)>();
                for (int s = 0; s < secretsPerFile; s++, sample++)
                {
                    var (position, write) = SecretShapes[shape++ % SecretShapes.Length];
                    string name = SingleNames[random.Next(SingleNames.Length)];
                    string value = SecretValue(random, name, position, seed + sample);
                    Add(write(random, name, Quote(value), sample), new Label(relative, 0, 0, true, "generic-secret", "secret", position, name, value));

                    // A look-alike of every kind now and then, each in a shape chosen by the seed.
                    var lookAlikes = LookAlikes(random, seed + sample).ToList();
                    var (kind, lookAlike) = lookAlikes[random.Next(lookAlikes.Count)];
                    var (lookPosition, lookWrite) = SecretShapes[random.Next(SecretShapes.Length)];
                    string lookName = SingleNames[random.Next(SingleNames.Length)];
                    // Hex of a hash's length is a key when a secret-like name says so: as a look-alike it is named as a hash, beside a name.
                    if (kind == "hash")
                    {
                        lookName = HashNames[random.Next(HashNames.Length)];
                        string named = NamedShapes[random.Next(NamedShapes.Length)];
                        if (!NamedShapes.Contains(lookPosition)) (lookPosition, lookWrite) = SecretShapes.First(x => x.Position == named);
                    }
                    // Braces in an interpolated string would be holes, not text.
                    if (lookPosition == "raw-interpolated" && lookAlike.Contains('{')) (lookPosition, lookWrite) = SecretShapes.First(x => x.Position == "raw-string");
                    string literal = lookPosition.StartsWith("verbatim", StringComparison.Ordinal) ? Quote(lookAlike).Replace("\\\\", "\\") : Quote(lookAlike);
                    Add(lookWrite(random, lookName, literal, 1000 + sample), new Label(relative, 0, 0, false, "generic-secret", kind, lookPosition, lookName, lookAlike));

                    if (s % 4 == 0)
                    {
                        var (neutralPosition, neutralWrite) = NeutralShapes[random.Next(NeutralShapes.Length)];
                        string neutral = TestTokens.Random(TestTokens.Alphanumeric, 24 + random.Next(12), seed * 7 + sample);
                        Add(neutralWrite(Quote(neutral), 2000 + sample), new Label(relative, 0, 0, false, "generic-secret", "neutral-name", neutralPosition, "", neutral));
                    }
                }

                void Add(string text, Label label) => (text.StartsWith("        private", StringComparison.Ordinal) ? members : statements).Add((text, label));
                lines += Write(Path.Combine(root, relative), relative, f, members, statements, labels);
            }

            lines += WriteSupport(Path.Combine(root, "src", "Support.cs"));
            File.WriteAllText(Path.Combine(root, "labels.json"), JsonSerializer.Serialize(labels, new JsonSerializerOptions { WriteIndented = true }));
            return new Corpus(root, labels, files + 1, lines);
        }

        /// <summary>A secret no format rule knows: random text from one of the alphabets keys and passwords are drawn from.</summary>
        private static string SecretValue(Random random, string name, string position, int seed)
        {
            bool password = name == "Password" || (position == "authenticate-argument" && random.Next(2) == 0);
            if (password) return TestTokens.Random(PasswordAlphabet, 12 + random.Next(8), seed);
            return random.Next(4) switch
            {
                0 => TestTokens.Random(TestTokens.Alphanumeric, 24 + random.Next(20), seed),
                1 => TestTokens.Random(Base64Alphabet, 27 + random.Next(4) * 4, seed) + "=",
                2 => TestTokens.Random(Base64UrlAlphabet, 32 + random.Next(12), seed),
                _ => TestTokens.Random(TestTokens.Alphanumeric, 40, seed),
            };
        }

        private static string AuthenticateCall(int i, string literal) => (i % 6) switch
        {
            0 => $"auth.Authenticate(\"svc-orders\", {literal})",
            1 => $"auth.LoginAsync(\"admin\", {literal}).Wait()",
            2 => $"auth.SignIn(\"ops@acme.io\", {literal})",
            3 => $"builder.UseApiKey({literal})",
            4 => $"builder.WithCredentials(\"deployer\", {literal})",
            _ => $"auth.AuthenticateClient(\"client-{i}\", {literal})",
        };

        private static string Scheme(int i) => new[] { "Bearer ", "Basic ", "token " }[i % 3];

        private static int Write(string path, string relative, int index, List<(string Text, Label? Label)> members, List<(string Text, Label? Label)> statements, List<Label> labels)
        {
            var lines = new List<string>
            {
                "using System;", "using System.Collections.Generic;", "using System.Net.Http;", "",
                "namespace Reach", "{", $"    public sealed class Reach{index:000}", "    {",
            };
            void Emit(List<(string Text, Label? Label)> items)
            {
                foreach (var (text, label) in items)
                {
                    int count = text.Split('\n').Length;
                    if (label is not null) labels.Add(label with { Line = lines.Count + 1, EndLine = lines.Count + count, Probe = CorpusGenerator.Probe(ProbeOf(label, text)) });
                    lines.AddRange(text.Split('\n'));
                }
            }
            Emit(members);
            lines.Add("");
            lines.Add("        public void Run(HttpRequestMessage request, AuthClient auth, ClientBuilder builder, string suffix)");
            lines.Add("        {");
            Emit(statements);
            lines.Add("        }");
            lines.Add("");
            lines.Add("        private static void Send(HttpRequestMessage request, string authorization) => request.Headers.TryAddWithoutValidation(\"X-Trace\", authorization.Length.ToString());");
            lines.Add("    }");
            lines.Add("}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
            return lines.Count;
        }

        // The value as the source spells it: a verbatim string does not escape backslashes.
        private static string ProbeOf(Label label, string text) =>
            text.Contains(label.Probe, StringComparison.Ordinal) ? label.Probe : Quote(label.Probe).Trim('"');

        /// <summary>
        /// The methods the corpus calls. Their parameters are named like a user would name them, not all like
        /// secrets: the syntax, not the parameter's name, has to say that the argument is a credential.
        /// </summary>
        private static int WriteSupport(string path)
        {
            const string text =
                "using System.Collections.Generic;\nusing System.Threading.Tasks;\n\nnamespace Reach\n{\n" +
                "    public static class Settings { public static void Set(string name, string value) { } }\n" +
                "    public sealed class AuthClient\n    {\n" +
                "        public void Authenticate(string user, string value) { }\n" +
                "        public Task LoginAsync(string user, string pass) => Task.CompletedTask;\n" +
                "        public void SignIn(string email, string code) { }\n" +
                "        public void AuthenticateClient(string client, string key) { }\n" +
                "    }\n" +
                "    public sealed class ClientBuilder\n    {\n" +
                "        public ClientBuilder UseApiKey(string value) => this;\n" +
                "        public ClientBuilder WithCredentials(string user, string value) => this;\n" +
                "    }\n}\n";
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return text.Count(c => c == '\n');
        }

        private static string Quote(string value) => CorpusGenerator.CSharpString(value);

        private static string Unquote(string literal) => literal.Substring(1, literal.Length - 2).Replace("\\\\", "\\");

        private static string Plural(string name) => name.EndsWith("s", StringComparison.Ordinal) ? name : name.EndsWith("h", StringComparison.Ordinal) ? name + "es" : name + "s";

        private static string Camel(string name) => Samples.Camel(name);

        private static byte[] Bytes(int seed, int count)
        {
            var bytes = new byte[count];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }
    }
}
