using System;
using System.Collections.Generic;

namespace TokenGuard.Settings
{
    /// <summary>The string settings of a settings file (JSON, XML, YAML or .env), or why it could not be read (with a 1-based position).</summary>
    public sealed class JsonSettingsResult
    {
        private JsonSettingsResult(IReadOnlyList<SettingValue> settings, string? error, int line, int column)
        {
            Settings = settings;
            Error = error;
            Line = line;
            Column = column;
        }

        public IReadOnlyList<SettingValue> Settings { get; }

        public string? Error { get; }

        public int Line { get; }

        public int Column { get; }

        internal static JsonSettingsResult Succeeded(IReadOnlyList<SettingValue> settings) => new JsonSettingsResult(settings, null, 0, 0);

        internal static JsonSettingsResult Failed(string error, int line, int column) =>
            new JsonSettingsResult(Array.Empty<SettingValue>(), error, line, column);
    }
}
