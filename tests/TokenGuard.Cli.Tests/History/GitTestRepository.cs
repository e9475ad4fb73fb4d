using System;
using System.Diagnostics;
using System.IO;
using TokenGuard.Cli;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    /// <summary>A throwaway git repository in a temp folder, with its own identity, for history and staged scans.</summary>
    internal sealed class GitTestRepository : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public GitTestRepository()
        {
            Git("init", "-q", "-b", "main");
            Git("config", "user.name", "Test Author");
            Git("config", "user.email", "author@example.test");
            Git("config", "commit.gpgsign", "false");
        }

        public string Path => _directory.Path;

        public void Write(string relativePath, string content) => _directory.Write(relativePath, content);

        public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

        /// <summary>Stages everything and commits at a fixed author date; returns the commit id.</summary>
        public string Commit(string message, string date = "2024-03-01T10:00:00+00:00")
        {
            Git("add", "-A");
            Git("-c", "core.hooksPath=/dev/null", "commit", "-q", "-m", message, "--date", date);
            return Git("rev-parse", "HEAD").Trim();
        }

        public string Git(params string[] arguments)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["GIT_COMMITTER_DATE"] = "2024-03-01T10:00:00+00:00";
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            using Process process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed: {errors.Result}");
            return output;
        }

        /// <summary>Runs <c>tokenguard scan</c> in-process with the given request options on this repository.</summary>
        public (int ExitCode, string Output, string Errors) Scan(ScanRequest request)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = ScanCommand.Run(request, output, errors);
            return (exit, output.ToString(), errors.ToString());
        }

        public void Dispose() => _directory.Dispose();
    }
}
