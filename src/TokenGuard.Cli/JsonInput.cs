using System.Text.Json;
using TokenGuard.Json;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Reads a JSON input (inventory, provider export) and checks it (<see cref="BoundedJson"/>: UTF-8, syntax,
    /// nesting, decodable strings) before any reader trusts it. Any problem is an <see cref="InputFileException"/>
    /// at its line, so the readers after it need not guard each <c>GetString</c> or parse.
    /// </summary>
    internal static class JsonInput
    {
        public const int MaxDepth = BoundedJson.MaxDepth;

        public static JsonReaderOptions ReaderOptions(bool allowComments) => BoundedJson.ReaderOptions(allowComments);

        public static JsonDocumentOptions DocumentOptions(bool allowComments) => BoundedJson.DocumentOptions(allowComments);

        /// <param name="what">What the file is, for the message: "the export", "the inventory" …</param>
        /// <returns>The file's bytes without a UTF-8 byte order mark.</returns>
        public static byte[] Read(string path, string what, bool allowComments)
        {
            byte[] bytes = InputFile.ReadAllUtf8(path, what);
            try
            {
                BoundedJson.Check(bytes, what, allowComments);
            }
            catch (JsonInputException ex)
            {
                throw new InputFileException(path, ex.Line, ex.Message);
            }

            return bytes;
        }
    }
}
