using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>A CSV header row: columns found by name, case-insensitively, wherever they are.</summary>
    internal sealed class CsvHeader
    {
        private readonly IReadOnlyList<string> _names;

        public CsvHeader(IReadOnlyList<string> names) => _names = names;

        /// <summary>The index of the first column named one of <paramref name="names"/>, or -1.</summary>
        public int IndexOf(params string[] names)
        {
            for (int i = 0; i < _names.Count; i++)
            {
                if (Array.Exists(names, n => string.Equals(_names[i].Trim(), n, StringComparison.OrdinalIgnoreCase))) return i;
            }

            return -1;
        }

        public static string Field(IReadOnlyList<string> fields, int index) =>
            index >= 0 && index < fields.Count ? fields[index].Trim() : "";
    }
}
