using System;

namespace TokenGuard.Cli.History
{
    /// <summary>One entry of <c>git log --raw</c> / <c>git diff --raw</c>: the mode and blob a change leaves at a path.</summary>
    internal readonly struct RawChange
    {
        public const string GitlinkMode = "160000";
        public const string SymbolicLinkMode = "120000";

        public RawChange(string? commit, DateTimeOffset? authorDate, string newMode, string newBlob, char status, string path)
        {
            Commit = commit;
            AuthorDate = authorDate;
            NewMode = newMode;
            NewBlob = newBlob;
            Status = status;
            Path = path;
        }

        public string? Commit { get; }

        public DateTimeOffset? AuthorDate { get; }

        public string NewMode { get; }

        public string NewBlob { get; }

        /// <summary>A, M, T, D…: a deletion leaves no blob.</summary>
        public char Status { get; }

        public string Path { get; }

        public bool IsRegularFile => NewMode == "100644" || NewMode == "100755";
    }
}
