using TokenGuard.Manifest;

namespace TokenGuard.Settings
{
    /// <summary>A string setting in a configuration file: the key code reads it by and where its value is.</summary>
    public sealed class SettingValue
    {
        public SettingValue(string path, string value, int valueStart, int valueLength, string usageKind = TokenUsage.ConfigurationKind, bool quoted = true)
        {
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

        /// <summary>Start of the value with its quotes, so an empty <c>""</c> still gets a visible squiggle.</summary>
        public int MarkStart => Quoted ? ValueStart - 1 : ValueStart;

        /// <summary>Length of the value with its quotes.</summary>
        public int MarkLength => Quoted ? ValueLength + 2 : ValueLength;
    }
}
