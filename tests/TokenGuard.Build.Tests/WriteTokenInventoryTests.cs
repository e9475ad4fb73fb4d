using System.IO;
using System.Text.Json;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    public class WriteTokenInventoryTests
    {
        [Fact]
        public void Writes_the_inventory_and_leaves_an_unchanged_file_untouched()
        {
            using var directory = new TempDirectory();
            string manifest = directory.Write("tokens.yaml", ValidateTokenManifestTests.Manifest);
            string inventory = Path.Combine(directory.Path, "bin", "tokenguard-inventory.json");
            var engine = new RecordingBuildEngine();
            var task = new WriteTokenInventory
            {
                BuildEngine = engine,
                ManifestPath = manifest,
                InventoryPath = inventory,
                ProjectName = "Shop",
                Today = "2026-06-01",
                RootDirectory = directory.Path,
            };

            Assert.True(task.Execute());
            using (JsonDocument json = JsonDocument.Parse(File.ReadAllText(inventory)))
            {
                Assert.Equal("Shop", json.RootElement.GetProperty("project").GetString());
                Assert.Equal("tokens.yaml", json.RootElement.GetProperty("manifest").GetString());
                Assert.Equal("stripe-checkout", json.RootElement.GetProperty("tokens")[0].GetProperty("id").GetString());
                Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("toolVersion").GetString()));
            }

            var stamp = new System.DateTime(2000, 1, 1, 0, 0, 0, System.DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(inventory, stamp);
            Assert.True(task.Execute());
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(inventory));
        }

        [Fact]
        public void Unreadable_manifest_writes_nothing_and_says_why()
        {
            using var directory = new TempDirectory();
            string manifest = directory.Write("tokens.yaml", "tokens: [\n");
            string inventory = Path.Combine(directory.Path, "tokenguard-inventory.json");
            var engine = new RecordingBuildEngine();
            var task = new WriteTokenInventory { BuildEngine = engine, ManifestPath = manifest, InventoryPath = inventory };

            Assert.True(task.Execute());
            Assert.False(File.Exists(inventory));
            Assert.Contains(engine.Messages, m => m.Message!.Contains("inventory not written"));
        }
    }
}
