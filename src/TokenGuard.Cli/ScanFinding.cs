using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>A token found in a file: where, which rule, and its redacted form — never the value.</summary>
    internal sealed class ScanFinding
    {
        public ScanFinding(string file, int line, int column, TokenFinding finding)
        {
            File = file;
            Line = line;
            Column = column;
            Finding = finding;
        }

        /// <summary>Repository-relative, '/'-separated.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public TokenFinding Finding { get; }
    }
}
