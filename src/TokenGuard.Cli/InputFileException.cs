using System;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Cli
{
    /// <summary>
    /// An input file (artifact, provider export, owners file) that cannot be read as promised: names the file and line.
    /// The message goes through <see cref="TerminalText.Safe"/> here, once for every reader: messages quote input
    /// values (a field name, a date), and such a value may be a token, hold escape sequences or be huge.
    /// </summary>
    internal sealed class InputFileException : Exception
    {
        /// <param name="column">1-based; 0 when only the line is known.</param>
        public InputFileException(string file, int line, string message, int column = 0)
            : base(Clamp(TerminalText.Safe($"{file}({line}{(column > 0 ? "," + column : "")}): error: {message}")))
        {
            File = file;
            Line = line;
        }

        public string File { get; }

        public int Line { get; }

        /// <summary>A message quoting a 60,000-character field would bury the terminal: the start says enough.</summary>
        private static string Clamp(string message) => message.Length <= 1000 ? message : message.Substring(0, 1000) + "…";
    }
}
