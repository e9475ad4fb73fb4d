using System;
using System.IO;

namespace TokenGuard.Settings
{
    /// <summary>Which settings file a path is (by its name, case-insensitively), and the reader for each kind.</summary>
    public static class SettingsFiles
    {
        public static SettingsFileKind KindOf(string path)
        {
            string name = Path.GetFileName(path);
            if (Conventions.IsSettingsFileName(name)) return SettingsFileKind.AppSettings;
            if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)) return SettingsFileKind.LaunchSettings;
            if (name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)) return SettingsFileKind.NuGetConfig;
            if (IsNamed(name, "web", ".config") || IsNamed(name, "app", ".config")) return SettingsFileKind.AppConfig;
            if (name.EndsWith(".pubxml", StringComparison.OrdinalIgnoreCase)) return SettingsFileKind.PublishProfile;
            if (Is(name, "docker-compose", ".yml") || Is(name, "docker-compose", ".yaml") || Is(name, "compose", ".yml") || Is(name, "compose", ".yaml")) return SettingsFileKind.Compose;
            if (name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase)
                || (name.EndsWith(".env", StringComparison.OrdinalIgnoreCase) && name.Length > 4)) return SettingsFileKind.DotEnv;
            return SettingsFileKind.None;
        }

        public static JsonSettingsResult Read(SettingsFileKind kind, string text) => kind switch
        {
            SettingsFileKind.AppSettings => JsonSettingsReader.Read(text),
            SettingsFileKind.LaunchSettings => LaunchSettingsReader.Read(text),
            SettingsFileKind.AppConfig => XmlConfigReader.ReadAppConfig(text),
            SettingsFileKind.NuGetConfig => XmlConfigReader.ReadNuGetConfig(text),
            SettingsFileKind.PublishProfile => XmlConfigReader.ReadPublishProfile(text),
            SettingsFileKind.Compose => ComposeFileReader.Read(text),
            SettingsFileKind.DotEnv => DotEnvReader.Read(text),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a settings file"),
        };

        private static bool Is(string name, string prefix, string extension) =>
            name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length >= prefix.Length + extension.Length;

        // web.config, or web.{Configuration}.config.
        private static bool IsNamed(string name, string stem, string extension) =>
            name.Equals(stem + extension, StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith(stem + ".", StringComparison.OrdinalIgnoreCase) && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase) && name.Length > stem.Length + extension.Length + 1);
    }
}
