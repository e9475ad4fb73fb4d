using System.IO;
using System.Linq;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A generated token planted in every key and value of tokens.yaml, one place at a time: the build's
    /// messages and every artifact it writes (JSON, CSV, CycloneDX, SARIF) hold only its redacted form (issue 13).
    /// </summary>
    public class PlantedTokenBuildTests
    {
        [Fact]
        public void No_build_output_holds_a_token_planted_anywhere_in_the_manifest()
        {
            string manifestText = ValidateTokenManifestTests.Manifest
                + "    description: Charges cards\n    provider: { kind: github, ref: \"12345\" }\n    fingerprints: [\"sha256:" + new string('a', 64) + "\"]\n";
            int planted = 0;
            foreach (var (where, text, token) in Planting.EveryYamlScalar(manifestText))
            {
                using var directory = new TempDirectory();
                string manifest = directory.Write("tokens.yaml", text);
                string output = Path.Combine(directory.Path, "out");
                var engine = new RecordingBuildEngine();
                bool valid = new ValidateTokenManifest
                {
                    BuildEngine = engine, ManifestPath = manifest, Today = "2026-06-01", SarifPath = Path.Combine(output, "tokenguard.sarif"),
                }.Execute();
                new WriteTokenInventory
                {
                    BuildEngine = engine, ManifestPath = manifest, InventoryPath = Path.Combine(output, "tokenguard-inventory.json"),
                    Formats = "json;csv;cyclonedx", Today = "2026-06-01", RootDirectory = directory.Path,
                }.Execute();

                Assert.False(valid, $"{where}: the build passed with a token in the manifest");
                var messages = engine.Errors.Select(e => e.Message).Concat(engine.Warnings.Select(w => w.Message)).Concat(engine.Messages.Select(m => m.Message));
                Planting.AssertAbsent(token, "tokens.yaml " + where, messages.Select(message => message ?? "").ToArray());
                Planting.AssertAbsent(token, "tokens.yaml " + where, Planting.FilesUnder(output));
                planted++;
            }

            Assert.True(planted >= 20, $"only {planted} places planted");
        }
    }
}
