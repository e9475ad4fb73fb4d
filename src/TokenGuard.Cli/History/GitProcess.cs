using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace TokenGuard.Cli.History
{
    /// <summary>Starts <c>git</c> in a repository with redirected streams; paths and messages stay UTF-8, never localised.</summary>
    internal static class GitProcess
    {
        public static Process Start(string repository, IEnumerable<string> arguments, bool redirectInput = false)
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = redirectInput,
                UseShellExecute = false,
                WorkingDirectory = repository,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.Environment["LC_ALL"] = "C";
            // A partial clone must not download what it lacks while we scan: a missing object is a warning.
            start.Environment["GIT_NO_LAZY_FETCH"] = "1";
            start.Environment["GIT_TERMINAL_PROMPT"] = "0";
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            return Process.Start(start)!;
        }

        /// <summary>Runs a short command; null (and <paramref name="error"/> set) when git is missing or fails.</summary>
        public static string? Output(string repository, out string error, params string[] arguments)
        {
            try
            {
                using Process process = Start(repository, arguments);
                var errorText = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                error = errorText.GetAwaiter().GetResult().Trim();
                return process.ExitCode == 0 ? output : null;
            }
            catch (Win32Exception ex)
            {
                error = "cannot run git: " + ex.Message;
                return null;
            }
        }
    }
}
