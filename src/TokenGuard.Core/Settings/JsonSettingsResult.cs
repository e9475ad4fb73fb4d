using System;
using System.Collections.Generic;

namespace TokenGuard.Settings
{
    /// <summary>The string (and, for JSON, literal) settings of a settings file (JSON, XML, YAML or .env), or why it could not be read (with a 1-based position).</summary>
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

        /// <param name="literals">true/false/number values (JSON only: other formats have no typed values).</param>
        internal static JsonSettingsResult Succeeded(IReadOnlyList<SettingValue> settings, IReadOnlyList<SettingValue>? literals = null) =>
            new JsonSettingsResult(settings, literals ?? Array.Empty<SettingValue>(), null, 0, 0);

        internal static JsonSettingsResult Failed(string error, int line, int column) =>
            new JsonSettingsResult(Array.Empty<SettingValue>(), Array.Empty<SettingValue>(), error, line, column);
    }
}
