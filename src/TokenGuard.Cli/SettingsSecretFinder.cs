using System.Collections.Generic;
using System.Linq;
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
        public static IReadOnlyList<(int Offset, SettingValue? Setting, SecretVerdict Verdict, TokenFinding? Token)>? Find(string text, UsageMatcher? manifest)
        {
            JsonSettingsResult result = JsonSettingsReader.Read(text);
            if (result.Error != null) return null;
            var found = new List<(int, SettingValue?, SecretVerdict, TokenFinding?)>();
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

            // A known token outside every value (a property name, a comment) is committed all the same, and the
            // reader never hands it over: the text rules find it, and the same decision, as a value, reports it.
            // The build reads values only, so here scan is stricter than the build.
            (int Start, int End)[] values = result.Settings.Select(v => (v.ValueStart, v.ValueStart + v.ValueLength)).OrderBy(v => v.Item1).ToArray();
            foreach (TokenFinding outside in TokenScanner.Default.Scan(text))
            {
                if (InSomeValue(values, outside.Start)) continue;
                SecretVerdict verdict = SecretDecision.Decide(text.Substring(outside.Start, outside.Length), ValuePosition.SettingsValue(settingPath: string.Empty), manifest);
                foreach (TokenFinding token in verdict.KnownTokens) found.Add((outside.Start + token.Start, null, verdict, token));
            }

            return found;
        }

        // Values never overlap: the one starting last at or before the offset is the only candidate.
        private static bool InSomeValue((int Start, int End)[] values, int offset)
        {
            int low = 0, high = values.Length - 1, candidate = -1;
            while (low <= high)
            {
                int middle = (low + high) / 2;
                if (values[middle].Start <= offset) { candidate = middle; low = middle + 1; }
                else high = middle - 1;
            }

            return candidate >= 0 && offset < values[candidate].End;
        }
    }
}
