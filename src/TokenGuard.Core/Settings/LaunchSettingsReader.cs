using System;
using System.Collections.Generic;
using TokenGuard.Manifest;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads <c>Properties/launchSettings.json</c>: the <c>environmentVariables</c> of every profile, each an
    /// environment-variable usage (<c>Stripe__ApiKey</c>) with its value's position. The rest of the file
    /// (URLs, command lines, IIS settings) names no secret a program reads.
    /// </summary>
    public static class LaunchSettingsReader
    {
        private const string Profiles = "profiles:";
        private const string Variables = ":environmentVariables:";

        public static JsonSettingsResult Read(string text)
        {
            JsonSettingsResult json = JsonSettingsReader.Read(text);
            if (json.Error != null) return json;

            var variables = new List<SettingValue>();
            foreach (SettingValue setting in json.Settings)
            {
                if (!setting.Path.StartsWith(Profiles, StringComparison.OrdinalIgnoreCase)) continue;
                int at = setting.Path.IndexOf(Variables, Profiles.Length, StringComparison.OrdinalIgnoreCase);
                if (at < 0) continue;
                string name = setting.Path.Substring(at + Variables.Length);
                variables.Add(new SettingValue(name, setting.Value, setting.ValueStart, setting.ValueLength, usageKind: TokenUsage.EnvironmentKind));
            }

            return JsonSettingsResult.Succeeded(variables);
        }
    }
}
