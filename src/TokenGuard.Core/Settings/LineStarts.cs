using System.Collections.Generic;

namespace TokenGuard.Settings
{
    /// <summary>
    /// Turns the 1-based line and column a parser reports back into a character offset. Line breaks are
    /// counted as XML and YAML parsers count them: <c>\r\n</c>, <c>\r</c> and <c>\n</c> each end one line.
    /// </summary>
    internal sealed class LineStarts
    {
        private readonly List<int> _starts = new List<int> { 0 };
        private readonly int _length;

        public LineStarts(string text)
        {
            _length = text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (text[i] == '\n' || text[i] == '\r') _starts.Add(i + 1);
            }
        }

        /// <summary>The 1-based line and column of an offset.</summary>
        public (int Line, int Column) PositionOf(int offset)
        {
            int index = _starts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - _starts[index] + 1);
        }

        /// <summary>The offset of (line, column), clamped to the text.</summary>
        public int OffsetOf(int line, int column)
        {
            int index = line < 1 ? 0 : line > _starts.Count ? _starts.Count - 1 : line - 1;
            int offset = _starts[index] + (column < 1 ? 0 : column - 1);
            return offset > _length ? _length : offset;
        }
    }
}
