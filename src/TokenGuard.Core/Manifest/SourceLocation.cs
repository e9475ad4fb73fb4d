namespace TokenGuard.Manifest
{
    /// <summary>A 1-based line and column in the manifest file, kept for every node so errors point at it.</summary>
    public readonly struct SourceLocation
    {
        public SourceLocation(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => "(" + Line + "," + Column + ")";
    }
}
