using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The text files of a working tree: what git tracks or would track (so .gitignore is respected),
    /// or, outside git, every file except build output and dependency folders.
    /// </summary>
    internal static class RepositoryFiles
    {
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", "bin", "obj", "node_modules", ".vs", "packages", "artifacts",
        };

        public static IReadOnlyList<string> Enumerate(string root)
        {
            return TryGitLsFiles(root) ?? Walk(root).ToList();
        }

        private static IReadOnlyList<string>? TryGitLsFiles(string root)
        {
            if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git"))) return null;
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
            foreach (string argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" }) start.ArgumentList.Add(argument);
            try
            {
                using Process process = Process.Start(start)!;
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0) return null;
                return output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
                    .Select(relative => Path.Combine(root, relative))
                    .Where(File.Exists)
                    .ToList();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // git is not installed: walk the tree instead.
            }
        }

        private static IEnumerable<string> Walk(string directory)
        {
            foreach (string file in Directory.EnumerateFiles(directory)) yield return file;
            foreach (string child in Directory.EnumerateDirectories(directory))
            {
                if (SkippedDirectories.Contains(Path.GetFileName(child))) continue;
                foreach (string file in Walk(child)) yield return file;
            }
        }
    }
}
