using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Token usages the command line can see without a compiler: environment and configuration reads in C#, from
    /// the syntax tree (<see cref="CSharpUsageFinder"/>), and secret-like keys of appsettings*.json. Used by <c>init</c>;
    /// <c>scan</c> reads C# from the tree it parses anyway. Only the build traces options binding and other files' constants.
    /// </summary>
    internal static class TextUsageFinder
    {
        /// <summary>C# sources and appsettings*.json: the only files that hold usages.</summary>
        public static bool IsUsageFile(string path) => IsCSharp(path) || IsSettings(path);

        public static IEnumerable<TextUsage> Find(string path, string text)
        {
            if (IsCSharp(path)) return CSharpUsageFinder.Find(text);
            if (IsSettings(path))
                return JsonSettingsReader.Read(text).Settings
                    .Where(s => SecretNames.NamesSecretSetting(s.Path) && CredentialValue.IsPossibleCredential(s.Value))
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
    }
}
