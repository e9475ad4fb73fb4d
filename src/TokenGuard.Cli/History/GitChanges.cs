using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TokenGuard.Cli.History
{
    /// <summary>The changes to scan: every commit of the chosen refs, oldest first, or what the index would commit.</summary>
    internal static class GitChanges
    {
        /// <summary>
        /// <c>git log --raw</c> oldest first, so each blob is credited to the commit that introduced it. A merge lists the
        /// files that differ from every parent (combined): a conflict resolution can write a blob no other commit has.
        /// </summary>
        public static IEnumerable<RawChange> History(string repository, HistoryRange range)
        {
            var arguments = new List<string>
            {
                "-c", "core.quotePath=false", "log", "--raw", "-z", "--no-abbrev", "--no-renames", "--reverse",
                "--diff-merges=combined", "--format=" + RawDiffReader.CommitFormat,
            };
            if (range.SinceDate != null) arguments.Add("--since=" + range.SinceDate);
            arguments.AddRange(range.Refs);
            if (range.SinceRevision != null) arguments.Add("^" + range.SinceRevision);
            arguments.Add("--");
            return Run(repository, arguments);
        }

        /// <summary>The index against HEAD (against nothing before the first commit): what <c>git commit</c> would record.</summary>
        public static IEnumerable<RawChange> Staged(string repository, bool hasHead)
        {
            var arguments = new List<string> { "diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--diff-filter=ACMRT" };
            // Before the first commit there is no HEAD to compare with: the empty tree is.
            if (!hasHead) arguments.Add("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
            arguments.Add("--");
            return Run(repository, arguments);
        }

        private static IEnumerable<RawChange> Run(string repository, IEnumerable<string> arguments)
        {
            using Process process = GitProcess.Start(repository, arguments);
            var errors = process.StandardError.ReadToEndAsync();
            foreach (RawChange change in RawDiffReader.Read(process.StandardOutput)) yield return change;
            process.WaitForExit();
            if (process.ExitCode != 0) throw new GitException("git " + arguments.First(a => !a.StartsWith("-") && !a.Contains('=')) + " failed: " + errors.GetAwaiter().GetResult().Trim());
        }
    }

    /// <summary>git refused (not a repository, an unknown ref): unusable input, said in git's words.</summary>
    internal sealed class GitException : IOException
    {
        public GitException(string message) : base(message) { }
    }
}
