using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Token usages the command line can see without a compiler: string-literal keys of environment and
    /// configuration reads in C#, and secret-like keys of appsettings*.json. Shared by <c>init</c> and <c>scan</c>;
    /// the analyzers trace far more (constants, sections, options binding) during a build.
    /// </summary>
    internal static class TextUsageFinder
    {
        private static readonly Regex EnvironmentRead = new Regex(@"GetEnvironmentVariable\(\s*""([^""]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex ConfigurationRead = new Regex(@"(?:\[|GetValue<[^>]+>\()\s*""([A-Za-z0-9_.:-]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex ConnectionStringRead = new Regex(@"GetConnectionString\(\s*""([A-Za-z0-9_.-]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>C# sources and appsettings*.json: the only files that hold usages.</summary>
        public static bool IsUsageFile(string path) => IsCSharp(path) || IsSettings(path);

        public static IEnumerable<TextUsage> Find(string path, string text)
        {
            if (IsCSharp(path)) return InCSharp(text);
            if (IsSettings(path))
                return JsonSettingsReader.Read(text).Settings
                    .Where(s => SecretNames.LooksLikeSecret(s.Path) && CredentialValue.IsPossibleCredential(s.Value))
                    .Select(s => new TextUsage(TokenUsage.ConfigurationKind, s.Path, s.ValueStart - 1, inSettingsFile: true));
            return Enumerable.Empty<TextUsage>();
        }

        /// <summary>
        /// Every key an appsettings*.json file sets, with what its value is (<see cref="CredentialValue"/>): <c>init</c>
        /// registers its connection strings and leaves out C# reads of keys set only to a boolean, number or plain URL.
        /// </summary>
        public static IEnumerable<(string Key, SettingValueKind Kind)> SettingKinds(string path, string text)
        {
            if (!IsSettings(path)) return Enumerable.Empty<(string, SettingValueKind)>();
            JsonSettingsResult settings = JsonSettingsReader.Read(text);
            return settings.Settings.Concat(settings.Literals).Select(s => (s.Path, CredentialValue.Classify(s.Value)));
        }

        private static bool IsCSharp(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

        public static bool IsSettings(string path)
        {
            return Conventions.IsSettingsFileName(Path.GetFileName(path));
        }

        private static IEnumerable<TextUsage> InCSharp(string text) =>
            Reads(EnvironmentRead, text, TokenUsage.EnvironmentKind, "")
                .Concat(Reads(ConfigurationRead, text, TokenUsage.ConfigurationKind, ""))
                .Where(u => SecretNames.LooksLikeSecret(u.Name))
                .Concat(Reads(ConnectionStringRead, text, TokenUsage.ConfigurationKind, "ConnectionStrings:"))
                .OrderBy(u => u.Offset);

        private static IEnumerable<TextUsage> Reads(Regex pattern, string text, string kind, string prefix) =>
            pattern.Matches(text).Cast<Match>().Select(m => new TextUsage(kind, prefix + m.Groups[1].Value, m.Groups[1].Index - 1, inSettingsFile: false));
    }
}
