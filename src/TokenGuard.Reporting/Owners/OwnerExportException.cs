using System;

namespace TokenGuard.Manifest
{
    /// <summary>An owners export or owner map that cannot be read, at a 1-based line and column (0: unknown); the message never quotes a whole field.</summary>
    internal sealed class OwnerExportException : Exception
    {
        public OwnerExportException(int line, string message, int column = 0)
            : base(message)
        {
            Line = Math.Max(1, line);
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
