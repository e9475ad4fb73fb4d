using System;
using System.IO;

namespace TokenGuard.Cli
{
    /// <summary>Reads an input file whole; a file that cannot be read is an <see cref="InputFileException"/> naming it.</summary>
    internal static class InputFile
    {
        /// <param name="what">What the file is, for the message: "the export", "the owners file" …</param>
        public static byte[] ReadAllBytes(string path, string what) => Read(path, what, File.ReadAllBytes);

        /// <param name="what">What the file is, for the message: "the export", "the owners file" …</param>
        public static string ReadAllText(string path, string what) => Read(path, what, File.ReadAllText);

        private static T Read<T>(string path, string what, Func<string, T> read)
        {
            try
            {
                return read(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                throw new InputFileException(path, 1, "cannot read " + what + ": " + ex.Message);
            }
        }
    }
}
