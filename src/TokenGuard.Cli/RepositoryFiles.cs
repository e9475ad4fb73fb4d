using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The regular files of a working tree: what git tracks or would track (so .gitignore is respected),
    /// or, outside git, every file except build output and dependency folders. Symbolic links are never
    /// followed and FIFOs, devices and sockets never listed (see <see cref="FileKindProbe"/>); what is left out
    /// for a reason the user should know becomes a <see cref="ScanWarning"/>.
    /// </summary>
    internal static class RepositoryFiles
    {
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".git", "bin", "obj", "node_modules", ".vs", "packages", "artifacts",
        };

        // Hidden files are source too (.env); the default options would skip them.
        private static readonly EnumerationOptions AllEntries = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

        public static IReadOnlyList<string> Enumerate(string root) => Enumerate(root, new List<ScanWarning>());

        public static IReadOnlyList<string> Enumerate(string root, List<ScanWarning> warnings)
        {
            root = Path.GetFullPath(root);
            IReadOnlyList<string>? tracked = TryGitLsFiles(root, warnings);
            if (tracked is null)
            {
                var files = new List<string>();
                Walk(root, root, files, warnings);
                return files;
            }

            var parents = new ParentCheck(root);
            var regular = new List<string>();
            foreach (string relative in tracked)
            {
                string full = Path.GetFullPath(Path.Combine(root, relative));
                // git lists paths, not files: a tracked path may now lie behind a symlinked folder or be a FIFO.
                if (!parents.AllRealDirectories(full))
                {
                    if (FileKindProbe.Of(full) != FileKind.Missing) warnings.Add(new ScanWarning(Relative(root, full), "skipped, a parent folder is a symbolic link"));
                    continue;
                }

                Classify(root, full, regular, warnings, onDirectory: null);
            }

            return regular;
        }

        public static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

        private static IReadOnlyList<string>? TryGitLsFiles(string root, List<ScanWarning> warnings)
        {
            if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git"))) return null;
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = root };
            foreach (string argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" }) start.ArgumentList.Add(argument);
            try
            {
                using Process process = Process.Start(start)!;
                // Both pipes drained at once: git blocks when a pipe nobody reads fills up.
                var errors = process.StandardError.ReadToEndAsync();
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0) return null;
                AddUnreadableFolders(errors.Result, warnings);
                return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null; // git is not installed: walk the tree instead.
            }
        }

        // git skips a folder it cannot open with "warning: could not open directory 'd/': Permission denied".
        private static void AddUnreadableFolders(string gitErrors, List<ScanWarning> warnings)
        {
            const string Prefix = "warning: could not open directory '";
            foreach (string line in gitErrors.Split('\n'))
            {
                int end = line.LastIndexOf("': ", StringComparison.Ordinal);
                if (!line.StartsWith(Prefix, StringComparison.Ordinal) || end < Prefix.Length) continue;
                string folder = line.Substring(Prefix.Length, end - Prefix.Length).TrimEnd('/');
                warnings.Add(new ScanWarning(folder, "skipped, cannot read the folder: " + line.Substring(end + 3).Trim()));
            }
        }

        private static void Walk(string root, string directory, List<string> files, List<ScanWarning> warnings)
        {
            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(directory, "*", AllEntries).ToList();
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                warnings.Add(new ScanWarning(Relative(root, directory), "skipped, cannot read the folder: " + ex.Message));
                return;
            }

            entries.Sort(StringComparer.Ordinal);
            foreach (string entry in entries)
            {
                Classify(root, entry, files, warnings, onDirectory: child =>
                {
                    if (!SkippedDirectories.Contains(Path.GetFileName(child))) Walk(root, child, files, warnings);
                });
            }
        }

        // A real directory is only descended into by the walk (git lists a submodule as a folder: not ours to scan).
        private static void Classify(string root, string full, List<string> files, List<ScanWarning> warnings, Action<string>? onDirectory)
        {
            switch (FileKindProbe.Of(full))
            {
                case FileKind.Regular:
                    files.Add(full);
                    break;
                case FileKind.Directory:
                    onDirectory?.Invoke(full);
                    break;
                case FileKind.SymbolicLink:
                    string? why = SymbolicLinks.WhySkipped(root, full);
                    if (why != null) warnings.Add(new ScanWarning(Relative(root, full), why));
                    break;
                case FileKind.Special:
                    warnings.Add(new ScanWarning(Relative(root, full), ScanWarning.NotRegular));
                    break;
                case FileKind.Inaccessible:
                    warnings.Add(new ScanWarning(Relative(root, full), "skipped, cannot read its file type"));
                    break;
                case FileKind.Missing:
                    break; // Deleted since git listed it.
            }
        }

        /// <summary>Whether every folder between the root and a git-listed path is a real folder, cached per folder.</summary>
        private sealed class ParentCheck
        {
            private readonly string _root;
            private readonly Dictionary<string, bool> _real = new Dictionary<string, bool>(StringComparer.Ordinal);

            public ParentCheck(string root) => _root = Path.TrimEndingDirectorySeparator(root);

            public bool AllRealDirectories(string full)
            {
                string? parent = Path.GetDirectoryName(full);
                if (parent is null || parent.Length <= _root.Length) return true;
                if (_real.TryGetValue(parent, out bool known)) return known;
                bool real = AllRealDirectories(parent) && FileKindProbe.Of(parent) == FileKind.Directory;
                _real[parent] = real;
                return real;
            }
        }
    }
}
