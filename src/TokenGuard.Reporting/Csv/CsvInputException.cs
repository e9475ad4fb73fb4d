using System;

namespace TokenGuard.Csv
{
    /// <summary>Input that is not CSV these files hold, at a line; the message never quotes the input.</summary>
    public sealed class CsvInputException : Exception
    {
        public CsvInputException(int line, string message)
            : base(message)
        {
            Line = line;
        }

        public int Line { get; }
    }
}
