using System;

namespace TokenGuard.Json
{
    /// <summary>A JSON input that fails <see cref="BoundedJson.Check"/>, at its 1-based line and column (0 when unknown).</summary>
    public sealed class JsonInputException : Exception
    {
        public JsonInputException(int line, int column, string message)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }

        public int Column { get; }
    }
}
