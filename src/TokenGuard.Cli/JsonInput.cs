using System;
using System.Text.Json;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Reads a JSON input (inventory, provider export) and checks it in one forward pass before any reader
    /// trusts it: UTF-8, syntax, nesting at most <see cref="MaxDepth"/> deep, every string decodable (no lone
    /// surrogate escape). Any problem is an <see cref="InputFileException"/> at its line, so the readers after
    /// it need not guard each <c>GetString</c> or parse.
    /// </summary>
    internal static class JsonInput
    {
        /// <summary>Inventories nest 4 levels, exports about 5: 64 is plenty and keeps every reader far from the stack's end.</summary>
        public const int MaxDepth = 64;

        public static JsonReaderOptions ReaderOptions(bool allowComments) => new JsonReaderOptions
        {
            MaxDepth = MaxDepth,
            CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        };

        public static JsonDocumentOptions DocumentOptions(bool allowComments) => new JsonDocumentOptions
        {
            MaxDepth = MaxDepth,
            CommentHandling = allowComments ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        };

        /// <param name="what">What the file is, for the message: "the export", "the inventory" …</param>
        /// <returns>The file's bytes without a UTF-8 byte order mark.</returns>
        public static byte[] Read(string path, string what, bool allowComments)
        {
            byte[] bytes = InputFile.ReadAllUtf8(path, what);
            var lines = new JsonLineMap(bytes);
            var reader = new Utf8JsonReader(bytes, ReaderOptions(allowComments));
            try
            {
                while (reader.Read())
                {
                    if ((reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.PropertyName) && reader.ValueIsEscaped)
                        CheckDecodable(ref reader, path, lines);
                }
            }
            catch (JsonException ex)
            {
                throw new InputFileException(path, (int)(ex.LineNumber ?? 0) + 1, "not valid JSON (truncated, or not " + what + "?): " + FirstSentence(ex.Message));
            }

            return bytes;
        }

        // Escapes are the only way to a string that does not decode once the bytes are valid UTF-8: "\ud800".
        private static void CheckDecodable(ref Utf8JsonReader reader, string path, JsonLineMap lines)
        {
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                throw new InputFileException(path, lines.LineAt(reader.TokenStartIndex), "a string holds an invalid escape (a lone surrogate such as \\ud800)");
            }
        }

        private static string FirstSentence(string message)
        {
            int end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end + 1) : message;
        }
    }
}
