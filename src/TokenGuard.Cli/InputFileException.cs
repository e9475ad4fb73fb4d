using System;

namespace TokenGuard.Cli
{
    /// <summary>An input file (artifact, provider export, owners file) that cannot be read as promised: names the file and line.</summary>
    internal sealed class InputFileException : Exception
    {
        public InputFileException(string file, int line, string message)
            : base($"{file}({line}): error: {message}")
        {
            File = file;
            Line = line;
        }

        public string File { get; }

        public int Line { get; }
    }
}
