using System;

namespace TokenGuard.Cli.History
{
    /// <summary>A file's content as git stores it: the blob at a path, and the commit that introduced it (none for the index).</summary>
    internal sealed class GitBlob
    {
        public GitBlob(string blobId, string path, string? commit, DateTimeOffset? authorDate)
        {
            BlobId = blobId;
            Path = path;
            Commit = commit;
            AuthorDate = authorDate;
        }

        /// <summary>Full hexadecimal object id.</summary>
        public string BlobId { get; }

        /// <summary>Repository-relative, '/'-separated, as git names it.</summary>
        public string Path { get; }

        /// <summary>The first commit (oldest, among the refs scanned) whose change wrote this blob; null for a staged file.</summary>
        public string? Commit { get; }

        public DateTimeOffset? AuthorDate { get; }
    }
}
