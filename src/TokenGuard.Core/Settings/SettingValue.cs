namespace TokenGuard.Settings
{
    /// <summary>A string setting in a JSON configuration file: its configuration path and where its value is.</summary>
    public sealed class SettingValue
    {
        public SettingValue(string path, string value, int valueStart, int valueLength)
        {
            Path = path;
            Value = value;
            ValueStart = valueStart;
            ValueLength = valueLength;
        }

        /// <summary>The configuration key, e.g. <c>Stripe:ApiKey</c> or <c>Clients:0:Secret</c>.</summary>
        public string Path { get; }

        /// <summary>The unescaped value; never displayed, only scanned and fingerprinted.</summary>
        public string Value { get; }

        /// <summary>Character offset of the value's first character (inside the quotes) in the file.</summary>
        public int ValueStart { get; }

        /// <summary>Length in characters of the value as written (inside the quotes).</summary>
        public int ValueLength { get; }
    }
}
