using System.Collections.Generic;
using System.Text;

namespace TokenGuard
{
    /// <summary>Reads a CSV line (owners files, the AWS credential report); multi-line quoted fields are not used by either.</summary>
    public static class CsvFields
    {
        /// <summary>No credential report or owners row comes near this; a longer line is not such a file (and would be echoed whole).</summary>
        public const int MaxLineLength = 64 * 1024;

        /// <summary>
        /// Why <paramref name="line"/> is not a CSV line these files hold, or null: too long, a control character
        /// (a binary file), or a quoted field left open (<see cref="Split"/> would swallow the rest of the line).
        /// </summary>
        public static string? Problem(string line)
        {
            if (line.Length > MaxLineLength) return $"line is longer than {MaxLineLength} characters";
            bool quoted = false;
            foreach (char c in line)
            {
                if (c == '"') quoted = !quoted; // a doubled quote toggles twice
                else if ((c < 0x20 && c != '\t') || c == 0x7F) return $"control character U+{(int)c:X4} (a binary file?)";
            }

            return quoted ? "unbalanced quote: a quoted field is not closed on its line" : null;
        }

        /// <summary>One line's fields: commas inside quotes, doubled quotes as escapes (RFC 4180).</summary>
        public static List<string> Split(string line)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }

            fields.Add(field.ToString());
            return fields;
        }
    }
}
