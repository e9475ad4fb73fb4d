using System;
using System.Text.Json;

namespace TokenGuard.Json
{
    /// <summary>
    /// Checks a JSON input (inventory, provider export, directory export) in one forward pass before any reader
    /// trusts it: syntax, nesting at most <see cref="MaxDepth"/> deep, every string decodable (no lone surrogate
    /// escape). Shared by the command line and the MSBuild task, so both refuse the same inputs alike.
    /// </summary>
    public static class BoundedJson
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

        /// <param name="bytes">UTF-8 without a byte order mark.</param>
        /// <param name="what">What the file is, for the message: "the export", "the inventory" …</param>
        /// <exception cref="JsonInputException">The first problem, at its line.</exception>
        public static void Check(byte[] bytes, string what, bool allowComments)
        {
            var lines = new JsonLineMap(bytes);
            var reader = new Utf8JsonReader(bytes, ReaderOptions(allowComments));
            try
            {
                while (reader.Read())
                {
                    if ((reader.TokenType == JsonTokenType.String || reader.TokenType == JsonTokenType.PropertyName) && reader.ValueIsEscaped)
                        CheckDecodable(ref reader, lines);
                }
            }
            catch (JsonException ex)
            {
                throw new JsonInputException((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "not valid JSON (truncated, or not " + what + "?): " + FirstSentence(ex.Message));
            }
        }

        // Escapes are the only way to a string that does not decode once the bytes are valid UTF-8: "\ud800".
        private static void CheckDecodable(ref Utf8JsonReader reader, JsonLineMap lines)
        {
            try
            {
                reader.GetString();
            }
            catch (InvalidOperationException)
            {
                throw new JsonInputException(lines.LineAt(reader.TokenStartIndex), 0, "a string holds an invalid escape (a lone surrogate such as \\ud800)");
            }
        }

        private static string FirstSentence(string message)
        {
            int end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end + 1) : message;
        }
    }
}
