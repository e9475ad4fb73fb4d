using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenGuard.Settings;

namespace TokenGuard.Analyzers
{
    /// <summary>The MSBuild properties the package exposes to the compiler through CompilerVisibleProperty.</summary>
    internal sealed class AnalyzerSettings
    {
        // The property that switches each kind of settings file off (also in the targets, which stop adding the files).
        private static readonly Dictionary<SettingsFileKind, string> CheckProperties = new Dictionary<SettingsFileKind, string>
        {
            [SettingsFileKind.AppSettings] = "TokenGuardCheckAppSettings",
            [SettingsFileKind.LaunchSettings] = "TokenGuardCheckLaunchSettings",
            [SettingsFileKind.AppConfig] = "TokenGuardCheckAppConfig",
            [SettingsFileKind.NuGetConfig] = "TokenGuardCheckNuGetConfig",
            [SettingsFileKind.PublishProfile] = "TokenGuardCheckPublishProfiles",
            [SettingsFileKind.Compose] = "TokenGuardCheckComposeFiles",
            [SettingsFileKind.DotEnv] = "TokenGuardCheckDotEnvFiles",
        };

        private readonly HashSet<SettingsFileKind> _unchecked;

        private AnalyzerSettings(string? manifestPath, bool enforce, HashSet<SettingsFileKind> uncheckedKinds)
        {
            ManifestPath = manifestPath;
            Enforce = enforce;
            _unchecked = uncheckedKinds;
        }

        /// <summary><c>TokenGuardManifest</c>: which AdditionalFile is the manifest.</summary>
        public string? ManifestPath { get; }

        /// <summary><c>TokenGuardEnforce</c>: unregistered usages are errors, not warnings.</summary>
        public bool Enforce { get; }

        /// <summary>False when <c>TokenGuardCheck…</c> for this kind of settings file is <c>false</c>.</summary>
        public bool Checks(SettingsFileKind kind) => !_unchecked.Contains(kind);

        public static AnalyzerSettings From(AnalyzerOptions options)
        {
            AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            global.TryGetValue("build_property.TokenGuardManifest", out string? manifest);
            global.TryGetValue("build_property.TokenGuardEnforce", out string? enforce);
            var uncheckedKinds = new HashSet<SettingsFileKind>();
            foreach (KeyValuePair<SettingsFileKind, string> check in CheckProperties)
            {
                if (global.TryGetValue("build_property." + check.Value, out string? value) && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)) uncheckedKinds.Add(check.Key);
            }

            return new AnalyzerSettings(
                string.IsNullOrWhiteSpace(manifest) ? null : manifest,
                string.Equals(enforce?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                uncheckedKinds);
        }
    }
}
