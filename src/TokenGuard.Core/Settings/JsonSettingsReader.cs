using System.Text;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Reads <c>appsettings*.json</c> the way .NET's JSON configuration provider does (comments and
    /// trailing commas allowed; arrays become <c>:0</c>, <c>:1</c> …) and lists every string setting with
    /// the character position of its value. Malformed JSON gives an error with line and column, not an exception.
    /// Parsed by <see cref="BoundedJsonParser"/>, not System.Text.Json, which the compiler host may not provide.
    /// </summary>
    public static class JsonSettingsReader
    {
        public const int MaxLength = 4 * 1024 * 1024;

        public static JsonSettingsResult Read(string text)
        {
            if (text.Length > MaxLength) return JsonSettingsResult.Failed($"file is {text.Length:N0} characters, over the {MaxLength:N0} limit for settings files", 1, 1);
            if (text.IndexOf('\0') >= 0) return JsonSettingsResult.Failed("file is not text (it contains NUL characters)", 1, 1);
            return BoundedJsonParser.Parse(text);
        }

        /// <summary>Reads a file's bytes, which must be UTF-8 (a byte-order mark is allowed): an invalid sequence is an error at its line and column.</summary>
        public static JsonSettingsResult Read(byte[] utf8)
        {
            if (utf8.Length > MaxLength) return JsonSettingsResult.Failed($"file is {utf8.Length:N0} bytes, over the {MaxLength:N0} limit for settings files", 1, 1);
            string text;
            try
            {
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(utf8);
            }
            catch (DecoderFallbackException ex)
            {
                int at = ex.Index < 0 ? 0 : ex.Index;
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at && i < utf8.Length; i++)
                {
                    if (utf8[i] == (byte)'\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                // The column counts characters: the bytes of the line before the bad one, decoded.
                int column = Encoding.UTF8.GetCharCount(utf8, lineStart, at - lineStart) + 1;
                return JsonSettingsResult.Failed("file is not valid UTF-8", line, column);
            }

            return Read(text);
        }
    }
}
