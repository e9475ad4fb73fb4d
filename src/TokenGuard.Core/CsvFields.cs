using System.Collections.Generic;
using System.Text;

namespace TokenGuard
{
    /// <summary>Reads a CSV line (owners files, the AWS credential report); multi-line quoted fields are not used by either.</summary>
    public static class CsvFields
    {
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
