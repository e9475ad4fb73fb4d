using System;
using System.Collections.Generic;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Secrets the text scan cannot see in .NET's configuration files: a secret-named setting with a real
    /// value but no known format (nuget.config's <c>ClearTextPassword</c>, a pubxml <c>&lt;Password&gt;</c>, a
    /// compose or .env <c>DB_PASSWORD</c>). The files are read with the build's readers; tokens of a known
    /// format are already found by the text scan. appsettings*.json keeps today's text-only behaviour.
    /// </summary>
    internal static class SettingsFileSecrets
    {
        private static readonly TokenRule CommittedSecret = new TokenRule(
            id: "committed-secret", provider: "Generic", description: "Secret-named setting with a committed value",
            confidence: TokenConfidence.Medium, keywords: Array.Empty<string>(), pattern: "(?!)", visiblePrefixLength: 0);

        public static IEnumerable<ScanFinding> Find(string path, string relative, string text, UsageMatcher? manifest)
        {
            SettingsFileKind kind = SettingsFiles.KindOf(path);
            if (kind == SettingsFileKind.None || kind == SettingsFileKind.AppSettings) yield break;
            JsonSettingsResult result = SettingsFiles.Read(kind, text);
            if (result.Error != null) yield break;

            TextLines? lines = null;
            foreach (SettingValue setting in result.Settings)
            {
                // The build's own decision; tokens of a known format are already found by the text scan.
                SecretVerdict verdict = SecretDecision.Decide(setting.Value, ValuePosition.SettingsValue(settingPath: setting.Path), manifest);
                if (!verdict.IsGenericSecret) continue;
                (int line, int column) = (lines ??= new TextLines(text)).PositionOf(setting.ValueStart);
                var finding = new TokenFinding(CommittedSecret, setting.ValueStart, setting.ValueLength, verdict.Redacted!, verdict.Fingerprint!);
                yield return ScanFinding.HardCoded(relative, line, column, finding);
            }
        }
    }
}
