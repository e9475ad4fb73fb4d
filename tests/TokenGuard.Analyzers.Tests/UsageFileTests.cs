using System.IO;
using System.Threading.Tasks;
using TokenGuard.Analyzers;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The analyzers write their usage files (<see cref="UsageFiles"/>) only when the build passed the package's
    /// global config switch, as the targets do outside design-time builds; the IDE, without it, writes nothing.
    /// </summary>
    public class UsageFileTests
    {
        private const string Read = "class C { string? M() => System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\"); }";

        private static string BuildOptions(string directory, bool write) =>
            (write ? UsageFiles.WriteSwitch + " = true\n" : "") + "build_property." + UsageFiles.DirectoryProperty + " = " + directory + "\n";

        [Fact]
        public async Task A_build_writes_each_registered_read_of_code_even_with_TG0010_hidden()
        {
            using var directory = new TempDirectory();
            // AnalyzerTest runs with TG0010 at severity none: the usage still reaches the inventory.
            await AnalyzerTest<UnregisteredUsageAnalyzer>.RunAsync(Read, Manifests.Stripe, BuildOptions(directory.Path, write: true));

            string[] lines = File.ReadAllLines(Path.Combine(directory.Path, UsageFiles.CodeFileName));
            Assert.Equal(new[] { UsageFiles.Header, UsageFiles.FormatLine("stripe-checkout", 1, "/0/Test0.cs") }, lines);
            Assert.Equal(new[] { Path.Combine(directory.Path, UsageFiles.CodeFileName) }, Directory.GetFiles(directory.Path));
        }

        [Fact]
        public async Task A_build_writes_each_registered_setting_of_settings_files()
        {
            using var directory = new TempDirectory();
            var test = new AnalyzerTest<AppSettingsAnalyzer>("class C { }", Manifests.Stripe, BuildOptions(directory.Path, write: true));
            test.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{\n  \"Stripe\": { \"ApiKey\": \"\" }\n}"));
            await test.RunAsync();

            string[] lines = File.ReadAllLines(Path.Combine(directory.Path, UsageFiles.SettingsFileName));
            Assert.Equal(new[] { UsageFiles.Header, UsageFiles.FormatLine("stripe-checkout", 2, "/0/appsettings.json") }, lines);
        }

        [Fact]
        public async Task Without_the_switch_as_in_the_IDE_nothing_is_written()
        {
            using var directory = new TempDirectory();
            await AnalyzerTest<UnregisteredUsageAnalyzer>.RunAsync(Read, Manifests.Stripe, BuildOptions(directory.Path, write: false));
            var settings = new AnalyzerTest<AppSettingsAnalyzer>("class C { }", Manifests.Stripe, BuildOptions(directory.Path, write: false));
            settings.TestState.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Stripe\": { \"ApiKey\": \"\" } }"));
            await settings.RunAsync();

            Assert.Empty(Directory.GetFiles(directory.Path));
        }
    }
}
