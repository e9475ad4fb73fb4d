using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Streams NUL-separated <c>--raw -z</c> output: commit headers written by <see cref="CommitFormat"/>, then
    /// <c>:oldmode newmode oldblob newblob status NUL path NUL</c> per change (<c>::</c>, with a mode and blob per parent,
    /// for a merge's combined entry). One record in memory at a time.
    /// </summary>
    internal static class RawDiffReader
    {
        /// <summary>The <c>--format</c> that marks each commit: \x01, its id and its author date (strict ISO 8601).</summary>
        public const string CommitFormat = "%x01%H %aI";

        public static IEnumerable<RawChange> Read(TextReader output)
        {
            string? commit = null;
            DateTimeOffset? date = null;
            string? pending = null; // a raw entry's header, waiting for its path
            foreach (string field in Fields(output))
            {
                if (pending != null)
                {
                    // ':' per parent (a merge's combined entry has one per parent): that many old modes and blobs, then the new ones.
                    int parents = pending.Length - pending.TrimStart(':').Length;
                    string[] parts = pending.Substring(parents).Split(' ');
                    if (parts.Length >= 2 * parents + 3)
                    {
                        string blob = parts[2 * parents + 1];
                        char status = blob.Trim('0').Length == 0 ? 'D' : parts[2 * parents + 2][0];
                        yield return new RawChange(commit, date, parts[parents], blob, status, field);
                    }

                    pending = null;
                    continue;
                }

                string trimmed = field.TrimStart('\n');
                if (trimmed.Length == 0) continue;
                if (trimmed[0] == '\x01')
                {
                    int space = trimmed.IndexOf(' ');
                    commit = trimmed.Substring(1, space - 1);
                    date = DateTimeOffset.Parse(trimmed.Substring(space + 1).Trim(), CultureInfo.InvariantCulture);
                }
                else if (trimmed[0] == ':')
                {
                    pending = trimmed;
                }
            }
        }

        private static IEnumerable<string> Fields(TextReader reader)
        {
            var field = new StringBuilder();
            var buffer = new char[64 * 1024];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                int start = 0;
                for (int i = 0; i < read; i++)
                {
                    if (buffer[i] != '\0') continue;
                    field.Append(buffer, start, i - start);
                    yield return field.ToString();
                    field.Clear();
                    start = i + 1;
                }

                field.Append(buffer, start, read - start);
            }

            if (field.Length > 0) yield return field.ToString();
        }
    }
}
