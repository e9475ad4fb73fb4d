using System;
using System.Globalization;
using System.IO;

namespace TokenGuard.Cli.Terminal
{
    /// <summary>
    /// An exception nobody expected: one line on the terminal, the details (redacted) in a file, never a stack trace
    /// on screen. Exit code <see cref="ExitCodes.InternalError"/>.
    /// </summary>
    internal static class CrashReport
    {
        public static int Write(Exception exception, TextWriter errors)
        {
            string? detailsPath = null;
            try
            {
                detailsPath = Path.Combine(Path.GetTempPath(), "tokenguard-crash-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture) + ".txt");
                File.WriteAllText(detailsPath, Redaction.RedactSecrets(exception.ToString()));
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                detailsPath = null; // The one line below still says what happened.
            }

            string where = detailsPath is null ? "no details could be written" : "details in " + detailsPath;
            errors.WriteLine($"tokenguard: internal error ({exception.GetType().Name}: {TerminalText.Safe(exception.Message)}); {where}. Please report it.");
            return ExitCodes.InternalError;
        }
    }
}
