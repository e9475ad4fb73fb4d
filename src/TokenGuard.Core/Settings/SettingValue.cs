using TokenGuard.Manifest;

namespace TokenGuard.Settings
{
    /// <summary>A string setting in a configuration file: the key code reads it by and where its value is.</summary>
    public sealed class SettingValue
    {
        public SettingValue(string path, string value, int valueStart, int valueLength, string usageKind = TokenUsage.ConfigurationKind, bool quoted = true, int markStart = -1, int markLength = 0)
        {
            MarkStart = markStart >= 0 ? markStart : quoted ? valueStart - 1 : valueStart;
            MarkLength = markStart >= 0 ? markLength : quoted ? valueLength + 2 : valueLength;
            Path = path;
            Value = value;
            ValueStart = valueStart;
            ValueLength = valueLength;
            UsageKind = usageKind;
            Quoted = quoted;
        }

        /// <summary>The configuration key (<c>Stripe:ApiKey</c>, <c>Clients:0:Secret</c>) or environment variable name.</summary>
        public string Path { get; }

        /// <summary>The unescaped value; never displayed, only scanned and fingerprinted.</summary>
        public string Value { get; }

        /// <summary>Character offset of the value's first character (inside the quotes) in the file.</summary>
        public int ValueStart { get; }

        /// <summary>Length in characters of the value as written (inside the quotes).</summary>
        public int ValueLength { get; }

        /// <summary>How code reads the key: <see cref="TokenUsage.ConfigurationKind"/> or <see cref="TokenUsage.EnvironmentKind"/>.</summary>
        public string UsageKind { get; }

        /// <summary>Whether the value is written between quotes (JSON strings, XML attributes, quoted .env and YAML values).</summary>
        public bool Quoted { get; }

        /// <summary>
        /// Where a diagnostic about the key goes: the value with its quotes, so an empty <c>""</c> still gets a
        /// visible squiggle, or the key when an unquoted value is empty (<c>KEY=</c>, compose's <c>- KEY</c>).
        /// </summary>
        public int MarkStart { get; }

        public int MarkLength { get; }
    }
}
