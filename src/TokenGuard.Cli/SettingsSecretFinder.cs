using System.Collections.Generic;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Secrets in appsettings*.json as the build finds them: the same reader (<see cref="JsonSettingsReader"/>),
    /// the same decision, TG0004 at the value (a known token's own span when the value has no escapes).
    /// </summary>
    internal static class SettingsSecretFinder
    {
        /// <summary>Null when the file is not valid JSON: the build says TG0008, and the scan falls back to text rules.</summary>
        public static IReadOnlyList<(int Offset, SettingValue Setting, SecretVerdict Verdict, TokenFinding? Token)>? Find(string text, UsageMatcher? manifest)
        {
            JsonSettingsResult result = JsonSettingsReader.Read(text);
            if (result.Error != null) return null;
            var found = new List<(int, SettingValue, SecretVerdict, TokenFinding?)>();
            foreach (SettingValue setting in result.Settings)
            {
                SecretVerdict verdict = SecretDecision.Decide(setting.Value, ValuePosition.SettingsValue(settingPath: setting.Path), manifest);
                bool unescaped = setting.ValueLength == setting.Value.Length;
                foreach (TokenFinding token in verdict.KnownTokens)
                {
                    found.Add((unescaped ? setting.ValueStart + token.Start : setting.ValueStart, setting, verdict, token));
                }

                if (verdict.IsGenericSecret) found.Add((setting.ValueStart, setting, verdict, null));
            }

            return found;
        }
    }
}
