using System.Collections.Generic;

namespace TokenGuard.Cli
{
    /// <summary>
    /// 1-based line and column of an offset in a scanned file, '\n' ending a line as the text scan counts
    /// (Core's Settings.LineStarts counts '\r' too, as XML and YAML parsers do, for mapping their positions back).
    /// </summary>
    internal sealed class TextLines
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public TextLines(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') _lineStarts.Add(i + 1);
            }
        }

        public (int Line, int Column) PositionOf(int offset)
        {
            int index = _lineStarts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - _lineStarts[index] + 1);
        }
    }
}
