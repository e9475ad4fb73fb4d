using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The usage files the analyzers write during a compile (<see cref="UsageFiles"/>) are how the inventory learns
    /// where each token is used: the task reads both, relative to the repository root, and says when it cannot.
    /// </summary>
    public class UsageFilesTests
    {
        [Fact]
        public void The_inventory_lists_the_usages_of_both_files_relative_to_the_root()
        {
            using var directory = new TempDirectory();
            string code = directory.Write(Path.Combine("App", "obj", UsageFiles.CodeFileName), UsageFile(
                UsageFiles.FormatLine("stripe-checkout", 12, Path.Combine(directory.Path, "App", "Program.cs"))!));
            string settings = directory.Write(Path.Combine("App", "obj", UsageFiles.SettingsFileName), UsageFile(
                UsageFiles.FormatLine("stripe-checkout", 3, Path.Combine(directory.Path, "App", "appsettings.json"))!));

            (bool success, RecordingBuildEngine engine, string inventory) = Run(directory, code, settings);

            Assert.True(success);
            Assert.Empty(engine.Warnings);
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(inventory));
            string[] usedAt = json.RootElement.GetProperty("tokens")[0].GetProperty("usedAt").EnumerateArray()
                .Select(u => u.GetProperty("file").GetString() + ":" + u.GetProperty("line").GetInt32()).ToArray();
            Assert.Equal(new[] { "App/Program.cs:12", "App/appsettings.json:3" }, usedAt.OrderBy(u => u, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Before_the_first_compile_the_usages_are_unknown_and_the_inventory_has_no_usedAt()
        {
            using var directory = new TempDirectory();
            (bool success, RecordingBuildEngine engine, string inventory) = Run(directory, Path.Combine(directory.Path, "obj", UsageFiles.CodeFileName));

            Assert.True(success);
            Assert.Empty(engine.Warnings);
            Assert.DoesNotContain("\"usedAt\"", File.ReadAllText(inventory));
        }

        [Fact]
        public void A_compile_that_found_no_usage_gives_an_empty_usedAt()
        {
            using var directory = new TempDirectory();
            string code = directory.Write(Path.Combine("obj", UsageFiles.CodeFileName), UsageFile());

            (bool success, _, string inventory) = Run(directory, code);

            Assert.True(success);
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(inventory));
            Assert.Equal(0, json.RootElement.GetProperty("tokens")[0].GetProperty("usedAt").GetArrayLength());
        }

        [Fact]
        public void A_file_of_another_format_is_named_in_a_warning_and_no_usage_is_guessed()
        {
            using var directory = new TempDirectory();
            string code = directory.Write(Path.Combine("obj", UsageFiles.CodeFileName), "{ \"version\": \"2.1.0\" }\n");

            (bool success, RecordingBuildEngine engine, string inventory) = Run(directory, code);

            Assert.True(success);
            BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
            Assert.Contains(UsageFiles.CodeFileName, warning.Message);
            Assert.DoesNotContain("\"usedAt\"", File.ReadAllText(inventory));
        }

        [Fact]
        public void A_damaged_line_is_named_by_file_and_line_and_no_usage_is_guessed()
        {
            using var directory = new TempDirectory();
            string code = directory.Write(Path.Combine("obj", UsageFiles.CodeFileName), UsageFile(
                UsageFiles.FormatLine("stripe-checkout", 12, Path.Combine(directory.Path, "Program.cs"))!,
                "stripe-checkout\ttwelve\t" + Path.Combine(directory.Path, "Program.cs")));

            (bool success, RecordingBuildEngine engine, string inventory) = Run(directory, code);

            Assert.True(success);
            BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
            Assert.Contains(UsageFiles.CodeFileName, warning.Message);
            Assert.Contains("line 3", warning.Message);
            Assert.DoesNotContain("\"usedAt\"", File.ReadAllText(inventory));
        }

        [Fact]
        public void A_line_naming_no_valid_path_is_a_warning_not_a_failed_task()
        {
            using var directory = new TempDirectory();
            // A NUL is in no path the compiler gives: only a damaged or hand-edited file holds one, and GetFullPath rejects it.
            string code = directory.Write(Path.Combine("obj", UsageFiles.CodeFileName), UsageFile(
                UsageFiles.FormatLine("stripe-checkout", 12, Path.Combine(directory.Path, "Pro\0gram.cs"))!));

            (bool success, RecordingBuildEngine engine, string inventory) = Run(directory, code);

            Assert.True(success);
            BuildWarningEventArgs warning = Assert.Single(engine.Warnings);
            Assert.Contains(UsageFiles.CodeFileName, warning.Message);
            Assert.Contains("line 2", warning.Message);
            Assert.DoesNotContain("\"usedAt\"", File.ReadAllText(inventory));
        }

        [Fact]
        public void A_part_with_a_tab_or_line_break_is_not_written_and_a_written_line_reads_back()
        {
            Assert.Null(UsageFiles.FormatLine("stripe-checkout", 1, "/repo/odd\tname.cs"));
            Assert.Null(UsageFiles.FormatLine("stripe\ncheckout", 1, "/repo/Program.cs"));

            string line = UsageFiles.FormatLine("stripe-checkout", 42, "/repo/a b/Program.cs")!;
            Assert.True(UsageFiles.TryParseLine(line, out string tokenId, out int number, out string file));
            Assert.Equal(("stripe-checkout", 42, "/repo/a b/Program.cs"), (tokenId, number, file));
            Assert.False(UsageFiles.TryParseLine("stripe-checkout\tforty-two\t/repo/Program.cs", out _, out _, out _));
        }

        private static string UsageFile(params string[] lines) => UsageFiles.Header + "\n" + string.Concat(lines.Select(l => l + "\n"));

        private static (bool Success, RecordingBuildEngine Engine, string InventoryPath) Run(TempDirectory directory, params string[] usageFiles)
        {
            string manifest = directory.Write("tokens.yaml", ValidateTokenManifestTests.Manifest);
            string inventory = Path.Combine(directory.Path, "bin", "tokenguard-inventory.json");
            var engine = new RecordingBuildEngine();
            var task = new WriteTokenInventory
            {
                BuildEngine = engine,
                ManifestPath = manifest,
                InventoryPath = inventory,
                RootDirectory = directory.Path,
                UsageFiles = usageFiles.Select(path => (ITaskItem)new TaskItem(path)).ToArray(),
            };

            return (task.Execute(), engine, inventory);
        }
    }
}
