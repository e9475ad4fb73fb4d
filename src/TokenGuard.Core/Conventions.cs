using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace TokenGuard
{
    /// <summary>
    /// What every host (analyzers, MSBuild targets, command line) must agree on, in one place. The targets
    /// cannot reference C#: a test asserts nuget/build/TokenGuard.targets spells the same names and patterns.
    /// </summary>
    public static class Conventions
    {
        /// <summary>The manifest's default name: what <c>init</c> writes and what a new folder is searched for first.</summary>
        public const string ManifestFileName = "tokens.yaml";

        /// <summary>Accepted as well; in one folder, <see cref="ManifestFileName"/> wins.</summary>
        public const string AlternateManifestFileName = "tokens.yml";

        /// <summary>In search order: in each folder, the first that exists is the manifest.</summary>
        public static readonly IReadOnlyList<string> ManifestFileNames = new[] { ManifestFileName, AlternateManifestFileName };

        /// <summary>The settings files the build adds as AdditionalFiles and the scan reads as settings.</summary>
        public const string SettingsFilePattern = "appsettings*.json";

        /// <summary>ISO 8601 day: manifest dates, <c>TokenGuardToday</c>, <c>--today</c>, every artifact.</summary>
        public const string DateFormat = "yyyy-MM-dd";

        /// <summary>The package version without the commit suffix, as every artifact and report names the tool.</summary>
        public static string ToolVersion { get; } = ReadToolVersion();

        /// <summary>The manifest in <paramref name="directory"/> by <see cref="ManifestFileNames"/> order, or null.</summary>
        public static string? ManifestIn(string directory, Func<string, bool> exists)
        {
            foreach (string name in ManifestFileNames)
            {
                string path = System.IO.Path.Combine(directory, name);
                if (exists(path)) return path;
            }

            return null;
        }

        public static bool IsManifestFileName(string fileName) =>
            string.Equals(fileName, ManifestFileName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(fileName, AlternateManifestFileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>Matches <see cref="SettingsFilePattern"/>, case-insensitively (Windows and macOS file systems are).</summary>
        public static bool IsSettingsFileName(string fileName) =>
            fileName.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

        public static string FormatDate(DateTime date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

        public static bool TryParseDate(string text, out DateTime date) =>
            DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        // Every TokenGuard assembly carries the one version of Directory.Build.props; "+<commit>" is build metadata.
        private static string ReadToolVersion()
        {
            string version = typeof(Conventions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
            int plus = version.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }
    }
}
