using System.IO;
using System.Text;

namespace TokenGuard.Cli.Terminal
{
    /// <summary>
    /// Standard output and error behind the redaction gate, a line at a time, so a token that slipped past
    /// a command's own redaction is still never printed whole. Lines are passed on as soon as they end, and a
    /// carriage return ends one too, so a progress bar redrawing its line is shown as it goes.
    /// </summary>
    internal sealed class RedactingTextWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private static readonly char[] LineEnds = { '\n', '\r' };

        private readonly StringBuilder _line = new StringBuilder();

        public RedactingTextWriter(TextWriter inner) => _inner = inner;

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            _line.Append(value);
            if (value == '\n' || value == '\r') FlushLine();
        }

        public override void Write(string? value)
        {
            if (value is null) return;
            int start = 0;
            for (int newline = value.IndexOfAny(LineEnds); newline >= 0; newline = value.IndexOfAny(LineEnds, start))
            {
                _line.Append(value, start, newline + 1 - start);
                FlushLine();
                start = newline + 1;
            }

            _line.Append(value, start, value.Length - start);
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Flush()
        {
            FlushLine();
            _inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush();
            base.Dispose(disposing);
        }

        private void FlushLine()
        {
            if (_line.Length == 0) return;
            _inner.Write(Redaction.RedactSecrets(_line.ToString()));
            _line.Clear();
        }
    }
}
