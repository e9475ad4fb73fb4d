using System.Collections.Generic;

namespace TokenGuard.Csv
{
    /// <summary>One CSV record: its fields and the 1-based line it starts on (a quoted field may span lines).</summary>
    public sealed class CsvRecord
    {
        public CsvRecord(int line, IReadOnlyList<string> fields)
        {
            Line = line;
            Fields = fields;
        }

        public int Line { get; }

        public IReadOnlyList<string> Fields { get; }

        public bool IsBlank
        {
            get
            {
                foreach (string value in Fields)
                {
                    if (value.Trim().Length > 0) return false;
                }

                return true;
            }
        }
    }
}
