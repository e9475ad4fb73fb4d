using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Unicode;
using TokenGuard.Json;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Reads an input file whole as UTF-8; a file that cannot be read, is not a regular file or is not UTF-8
    /// is an <see cref="InputFileException"/> naming it (and the line of the first bad byte).
    /// </summary>
    internal static class InputFile
    {
        /// <param name="what">What the file is, for the message: "the export", "the owners file" …</param>
        /// <returns>The bytes, checked to be UTF-8, without a byte order mark.</returns>
        public static byte[] ReadAllUtf8(string path, string what)
        {
            byte[] bytes = ReadAllBytes(path, what);
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
                throw new InputFileException(path, 1, what + " is UTF-16; tokenguard reads UTF-8 (save it as UTF-8)");
            int start = bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()) ? 3 : 0;
            int invalid = FirstInvalidUtf8(bytes.AsSpan(start));
            if (invalid >= 0)
                throw new InputFileException(path, new JsonLineMap(bytes).LineAt(start + invalid), $"{what} is not valid UTF-8 (a binary file?): byte 0x{bytes[start + invalid]:x2}");
            return start == 0 ? bytes : bytes.AsSpan(start).ToArray();
        }

        /// <param name="what">What the file is, for the message: "the export", "the owners file" …</param>
        public static string ReadAllText(string path, string what) => Encoding.UTF8.GetString(ReadAllUtf8(path, what));

        private static byte[] ReadAllBytes(string path, string what)
        {
            // Checked before opening: opening a FIFO blocks until a writer comes, and a device never ends.
            // A FIFO, device or socket has length 0; an empty file is no valid input either.
            if (Directory.Exists(path)) throw new InputFileException(path, 1, what + " is a directory, not a file");
            var file = new FileInfo(path);
            if (file.Exists && file.Length == 0)
                throw new InputFileException(path, 1, what + " is empty or not a regular file (a FIFO, device or socket)");
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new InputFileException(path, 1, "cannot read " + what + ": " + ex.Message);
            }
        }

        private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
        {
            if (Utf8.IsValid(bytes)) return -1;
            for (int i = 0; i < bytes.Length;)
            {
                if (Rune.DecodeFromUtf8(bytes.Slice(i), out _, out int consumed) != OperationStatus.Done) return i;
                i += consumed;
            }

            return -1;
        }
    }
}
