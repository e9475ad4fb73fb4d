using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The targets cannot reference <see cref="Conventions"/>: they must spell the same manifest names,
    /// settings pattern and date format, or the build and the analyzers and CLI find different files.
    /// </summary>
    public class TargetsConventionsTests
    {
        private static string Targets() => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "nuget", "build", "TokenGuard.targets"));

        [Fact]
        public void The_targets_search_for_the_manifest_names_of_Conventions_in_their_order()
        {
            // The targets also search upward for nuget.config, a settings file, not a manifest.
            string[] searched = Regex.Matches(Targets(), @"GetPathOfFileAbove\('([^']+)'").Select(m => m.Groups[1].Value)
                .Where(name => Settings.SettingsFiles.KindOf(name) == Settings.SettingsFileKind.None).ToArray();

            Assert.Equal(Conventions.ManifestFileNames, searched);
        }

        [Fact]
        public void The_targets_add_the_settings_files_of_Conventions()
        {
            string[] patterns = Regex.Matches(Targets(), @"<AdditionalFiles Include=""\$\(MSBuildProjectDirectory\)\\([^""]+)""").Select(m => m.Groups[1].Value).ToArray();

            // appsettings by Conventions' pattern; every other file the targets add is a kind the analyzers read.
            Assert.Equal(Conventions.SettingsFilePattern, patterns[0]);
            foreach (string pattern in patterns.SelectMany(p => p.Split(';')))
            {
                string example = pattern.Replace("$(MSBuildProjectDirectory)\\", "").Replace("*", "x").Replace('\\', '/');
                Assert.True(Settings.SettingsFiles.KindOf(example) != Settings.SettingsFileKind.None, $"the targets add '{pattern}', which no settings reader reads");
            }
        }

        [Fact]
        public void The_targets_format_today_as_Conventions_does()
        {
            string[] formats = Regex.Matches(Targets(), @"UtcNow\.ToString\('([^']+)'\)").Select(m => m.Groups[1].Value).ToArray();

            Assert.Equal(new[] { Conventions.DateFormat }, formats);
        }

        [Fact]
        public void The_targets_list_the_usage_files_the_analyzers_write_and_allow_the_write_by_the_analyzers_key()
        {
            string build = Path.Combine(TestPaths.RepositoryRoot(), "nuget", "build");
            Match files = Regex.Match(Targets(), @"<_TokenGuardUsageFile Include=""\$\(_TokenGuardUsageDirectory\)([^;""]+);\$\(_TokenGuardUsageDirectory\)([^;""]+)""");
            Assert.True(files.Success, "the targets list no usage files");
            Assert.Equal(new[] { UsageFiles.CodeFileName, UsageFiles.SettingsFileName }, new[] { files.Groups[1].Value, files.Groups[2].Value });

            string props = File.ReadAllText(Path.Combine(build, "TokenGuard.props"));
            Assert.Contains($"<CompilerVisibleProperty Include=\"{UsageFiles.DirectoryProperty}\" />", props);
            Assert.Contains($"<{UsageFiles.DirectoryProperty}>", Targets());

            string[] globalConfig = File.ReadAllLines(Path.Combine(build, "TokenGuard.UsageFiles.globalconfig"));
            Assert.Contains("is_global = true", globalConfig);
            Assert.Contains(UsageFiles.WriteSwitch + " = true", globalConfig);
            Assert.Contains("<EditorConfigFiles Include=\"$(MSBuildThisFileDirectory)TokenGuard.UsageFiles.globalconfig\" />", Targets());
        }

        [Fact]
        public void The_settings_pattern_and_its_matcher_agree()
        {
            Assert.True(Conventions.IsSettingsFileName("appsettings.json"));
            Assert.True(Conventions.IsSettingsFileName("AppSettings.Production.JSON"));
            Assert.False(Conventions.IsSettingsFileName("settings.json"));
            Assert.True(Conventions.IsManifestFileName("TOKENS.YML"));
            Assert.False(Conventions.IsManifestFileName("tokens.yaml.bak"));
        }
    }
}
