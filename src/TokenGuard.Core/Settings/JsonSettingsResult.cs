using System;
using System.Collections.Generic;

namespace TokenGuard.Settings
{
    /// <summary>The string (and literal) settings of a JSON file, or why it could not be read (with a 1-based position).</summary>
    public sealed class JsonSettingsResult
    {
        private JsonSettingsResult(IReadOnlyList<SettingValue> settings, IReadOnlyList<SettingValue> literals, string? error, int line, int column)
        {
            Settings = settings;
            Literals = literals;
            Error = error;
            Line = line;
            Column = column;
        }

        public IReadOnlyList<SettingValue> Settings { get; }

        /// <summary>The <c>true</c>, <c>false</c> and number settings, their value as written (<c>42</c>, <c>true</c>).</summary>
        public IReadOnlyList<SettingValue> Literals { get; }

        public string? Error { get; }

        public int Line { get; }

        public int Column { get; }

        internal static JsonSettingsResult Succeeded(IReadOnlyList<SettingValue> settings, IReadOnlyList<SettingValue> literals) => new JsonSettingsResult(settings, literals, null, 0, 0);

        internal static JsonSettingsResult Failed(string error, int line, int column) =>
            new JsonSettingsResult(Array.Empty<SettingValue>(), Array.Empty<SettingValue>(), error, line, column);
    }
}
