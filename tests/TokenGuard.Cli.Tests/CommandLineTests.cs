using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class CommandLineTests
    {
        private static (int ExitCode, string Output, string Errors) Scan(TempDirectory directory, string format = "text")
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = ScanCommand.Run(directory.Path, format, null, output, errors, interactive: false);
            return (exit, output.ToString(), errors.ToString());
        }

        [Fact]
        public void Scan_reports_tokens_with_file_line_and_column_redacted_and_exits_1()
        {
            using var directory = new TempDirectory();
            string token = TestTokens.GitHubClassic(7);
            directory.Write("src/App.cs", "class A {\n    string t = \"" + token + "\";\n}\n");
            directory.Write("config/.env", "STRIPE_KEY=" + TestTokens.StripeSecret(2) + "\n");
            directory.Write("README.md", "no secrets here\n");

            var (exit, output, _) = Scan(directory);

            Assert.Equal(1, exit);
            Assert.Contains("src/App.cs(2,17): error TG0001: ", output);
            Assert.Contains("config/.env(1,12): error TG0001: ", output);
            Assert.Contains("[github-classic]", output);
            Assert.DoesNotContain(token, output);
            Assert.Contains("2 token(s) and 0 unregistered usage(s) found in 3 file(s)", output);
        }

        [Fact]
        public void Binary_and_huge_files_are_skipped_and_a_clean_tree_exits_0()
        {
            using var directory = new TempDirectory();
            File.WriteAllBytes(Path.Combine(directory.Path, "image.png"), new byte[] { 0x89, 0x50, 0, 0, 0x47 });
            directory.Write("big.min.js", new string('a', (int)RepositoryScanner.MaxFileBytes + 1) + TestTokens.GitHubClassic());
            directory.Write("ok.txt", "hello\n");

            var (exit, output, _) = Scan(directory);

            Assert.Equal(0, exit);
            Assert.Contains("0 token(s) and 0 unregistered usage(s) found in 3 file(s) (2 binary or over 1024 KB skipped)", output);
        }

        [Fact]
        public void Gitignored_files_and_build_output_are_not_scanned_and_manifest_fingerprints_are_accepted()
        {
            using var directory = new TempDirectory();
            string accepted = TestTokens.StripeSecret(5);
            directory.Write("bin/Debug/App.dll.config", TestTokens.GitHubClassic(3));
            directory.Write("tokens.yaml", "version: 1\ntokens:\n  - id: demo\n    owner: team:x\n    system: stripe\n    scope: [read]\n    created: 2026-01-01\n    expires: 2027-01-01\n    fingerprints: [" + Redaction.Fingerprint(accepted) + "]\n");
            directory.Write("Demo.cs", "const string PublicTestKey = \"" + accepted + "\";\n");

            var (exit, output, errors) = Scan(directory);

            Assert.Equal(0, exit);
            Assert.Equal("", errors);
            Assert.Contains("0 token(s) and 0 unregistered usage(s) found in 2 file(s)", output);
        }

        [Fact]
        public void With_a_manifest_unregistered_usages_are_reported_and_registered_ones_are_not()
        {
            using var directory = new TempDirectory();
            directory.Write("tokens.yaml", Manifests.Stripe);
            directory.Write("src/Pay.cs",
                "var a = System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\");\n" +
                "var b = config[\"Stripe:ApiKey\"];\n" +
                "var c = config.GetValue<string>(\"SendGrid:ApiKey\");\n" +
                "var d = System.Environment.GetEnvironmentVariable(\"ASPNETCORE_ENVIRONMENT\");\n");
            directory.Write("src/appsettings.json", "{\n  \"Stripe\": { \"ApiKey\": \"\" },\n  \"GitHub\": { \"Token\": \"\" }\n}\n");

            var (exit, output, _) = Scan(directory);

            Assert.Equal(1, exit);
            Assert.Contains("src/Pay.cs(3,33): error TG0003: config 'SendGrid:ApiKey' is read but no tokens.yaml entry lists it [unregistered-usage]", output);
            Assert.Contains("src/appsettings.json(3,24): error TG0005: config 'GitHub:Token' is a secret-like setting but no tokens.yaml entry lists it [unregistered-usage]", output);
            Assert.Contains("0 token(s) and 2 unregistered usage(s) found", output);

            var (_, json, _) = Scan(directory, "json");
            JsonElement usage = JsonDocument.Parse(json).RootElement.EnumerateArray().First();
            Assert.Equal("TG0003", usage.GetProperty("id").GetString());
            Assert.Equal("unregistered-usage", usage.GetProperty("rule").GetString());
            Assert.False(usage.TryGetProperty("fingerprint", out _));
        }

        [Fact]
        public void Json_and_sarif_formats_carry_fingerprints_not_values()
        {
            using var directory = new TempDirectory();
            string token = TestTokens.Slack(4);
            directory.Write("a.cs", "var s = \"" + token + "\";");

            var (_, json, _) = Scan(directory, "json");
            using (JsonDocument document = JsonDocument.Parse(json))
            {
                JsonElement finding = Assert.Single(document.RootElement.EnumerateArray());
                Assert.Equal("a.cs", finding.GetProperty("file").GetString());
                Assert.Equal("slack-token", finding.GetProperty("rule").GetString());
                Assert.Equal(Redaction.Fingerprint(token), finding.GetProperty("fingerprint").GetString());
            }

            var (_, sarif, _) = Scan(directory, "sarif");
            InventorySchema.AssertValidSarif(sarif);
            Assert.DoesNotContain(token, sarif);
            Assert.DoesNotContain(token, json);
        }

        [Fact]
        public void Init_writes_a_manifest_with_one_todo_entry_per_distinct_usage()
        {
            using var directory = new TempDirectory();
            directory.Write("src/Program.cs",
                "var a = Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\n" +
                "var b = config[\"Stripe:ApiKey\"];\n" +
                "var c = config.GetConnectionString(\"Orders\");\n" +
                "var d = Environment.GetEnvironmentVariable(\"ASPNETCORE_ENVIRONMENT\");\n");
            directory.Write("src/appsettings.json", "{ \"Stripe\": { \"ApiKey\": \"\" }, \"SendGrid\": { \"ApiKey\": \"\" } }");
            var output = new StringWriter();

            Assert.Equal(0, InitCommand.Run(directory.Path, force: false, output, new StringWriter()));

            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", File.ReadAllText(Path.Combine(directory.Path, "tokens.yaml"))).Manifest!;
            Assert.Equal(
                new[] { "env:GITHUB_TOKEN", "config:Stripe:ApiKey", "config:ConnectionStrings:Orders", "config:SendGrid:ApiKey" }.OrderBy(x => x),
                manifest.Entries.SelectMany(e => e.Usages).Select(u => u.Kind + ":" + u.Name).OrderBy(x => x));
            Assert.All(manifest.Entries, e => Assert.Equal("TODO", e.Owner));
            Assert.Contains("4 usage(s) registered", output.ToString());

            Assert.Equal(2, InitCommand.Run(directory.Path, force: false, new StringWriter(), new StringWriter()));
        }

        [Fact]
        public void This_repository_passes_its_own_scanner()
        {
            // tests/self-scan.tokens.yaml accepts the one intentional literal, samples/HelloTokens' demo token, by
            // fingerprint. The repository inventories no tokens of its own, so only hard-coded secrets are asserted:
            // usages are the sample's tokens.yaml's business, not this manifest's.
            string root = TestPaths.RepositoryRoot();
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = ScanCommand.Run(root, "json", Path.Combine(root, "tests", "self-scan.tokens.yaml"), output, errors, interactive: false);
            Assert.True(exit == 0 || exit == 1, errors.ToString());
            string[] secrets = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray()
                .Where(row => row.TryGetProperty("fingerprint", out _))
                .Select(row => $"{row.GetProperty("file").GetString()}({row.GetProperty("line").GetInt32()}): {row.GetProperty("id").GetString()} {row.GetProperty("message").GetString()}")
                .ToArray();
            Assert.True(secrets.Length == 0, string.Join("\n", secrets));
        }

        [Fact]
        public void Command_line_parses_and_rejects_unknown_formats()
        {
            Assert.NotEmpty(Program.BuildCommand().Parse(new[] { "scan", ".", "--format", "xml" }).Errors);
            Assert.NotEmpty(Program.BuildCommand().Parse(new[] { "inventory", "merge", "a.json" }).Errors);
            Assert.Empty(Program.BuildCommand().Parse(new[] { "inventory", "merge", "a.json", "b", "-o", "central.json" }).Errors);
            Assert.Empty(Program.BuildCommand().Parse(new[] { "scan", ".", "--format", "sarif" }).Errors);
        }
    }
}
