using System.IO;
using System.Linq;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    /// <summary>A token pasted into tokens.yaml fails the build (TG1011) and never reaches an artifact (issue 13).</summary>
    public class TokenValueInManifestTests
    {
        private static readonly string Token = TestTokens.GitHubClassic(seed: 52);

        private static string ManifestWithToken() =>
            ValidateTokenManifestTests.Manifest.Replace("    owner: team:payments\n", "    description: \"was " + Token + "\"\n    owner: team:payments\n")
            + "    provider: { kind: github, ref: \"" + Token + "\" }\n";

        [Fact]
        public void The_build_fails_with_TG1011_at_each_value()
        {
            using var directory = new TempDirectory();
            string path = directory.Write("tokens.yaml", ManifestWithToken());
            var engine = new RecordingBuildEngine();

            bool success = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = path, Today = "2026-06-01" }.Execute();

            Assert.False(success);
            var errors = engine.Errors.Where(e => e.Code == DiagnosticIds.TokenValueInManifest).ToList();
            Assert.Equal(new[] { 4, 12 }, errors.Select(e => e.LineNumber).OrderBy(l => l));
            Assert.All(errors, e => Assert.Equal(path, e.File));
            var everything = engine.Errors.Select(e => e.Message).Concat(engine.Warnings.Select(w => w.Message)).Concat(engine.Messages.Select(m => m.Message));
            Assert.All(everything, message => Assert.DoesNotContain(Token, message));
        }

        [Fact]
        public void Every_inventory_format_holds_the_redacted_form_only()
        {
            using var directory = new TempDirectory();
            string manifest = directory.Write("tokens.yaml", ManifestWithToken());
            string inventory = Path.Combine(directory.Path, "out", "tokenguard-inventory.json");
            var task = new WriteTokenInventory
            {
                BuildEngine = new RecordingBuildEngine(),
                ManifestPath = manifest,
                InventoryPath = inventory,
                Formats = "json;csv;cyclonedx",
                Today = "2026-06-01",
                RootDirectory = directory.Path,
            };

            task.Execute();

            string[] written = Directory.GetFiles(Path.Combine(directory.Path, "out"));
            Assert.Equal(3, written.Length);
            Assert.All(written, file =>
            {
                string text = File.ReadAllText(file);
                Assert.DoesNotContain(Token, text);
                Assert.Contains(Redaction.Redact(Token, knownPrefixLength: 4), text);
            });
        }
    }
}
