using System;
using System.Collections.Generic;
using System.IO;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// Reads the usage files the analyzers write during a compile (<see cref="UsageFiles"/>): how the usages they
    /// find reach the MSBuild task that writes the inventory.
    /// </summary>
    public static class UsageFileReader
    {
        /// <summary>Usages in <paramref name="text"/>, paths made relative to <paramref name="rootDirectory"/> when under it.</summary>
        /// <exception cref="FormatException">The text is not a usage file of this version.</exception>
        public static IReadOnlyList<UsageLocation> Read(string text, string? rootDirectory)
        {
            var usages = new List<UsageLocation>();
            using var reader = new StringReader(text);
            if (reader.ReadLine() != UsageFiles.Header) throw new FormatException("not a TokenGuard usage file of this version");
            int lineNumber = 1;
            for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                lineNumber++;
                if (line.Length == 0) continue;
                if (!UsageFiles.TryParseLine(line, out string tokenId, out int usageLine, out string file)) throw new FormatException("line " + lineNumber + " is not 'token id, line, file'");
                usages.Add(new UsageLocation(tokenId, RelativePath(rootDirectory, file, lineNumber), usageLine));
            }

            return usages;
        }

        // A damaged or hand-edited file can name what is no path (a NUL; on .NET Framework's MSBuild also '|' or a second ':'):
        // said as this file's format error, by line, never with the line's text.
        private static string RelativePath(string? rootDirectory, string file, int lineNumber)
        {
            try
            {
                return RepositoryPaths.Relative(rootDirectory, file);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                throw new FormatException("line " + lineNumber + " names no valid file path");
            }
        }
    }
}
