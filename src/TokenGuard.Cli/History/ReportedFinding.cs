using System;

namespace TokenGuard.Cli.History
{
    /// <summary>A scan finding as reported: where in history it was written (history scans) and whether a provider lists it as live.</summary>
    internal sealed class ReportedFinding
    {
        public ReportedFinding(ScanFinding finding, string? commit = null, DateTimeOffset? authorDate = null, LiveStatus? live = null)
        {
            Finding = finding;
            Commit = commit;
            AuthorDate = authorDate;
            Live = live;
        }

        public ScanFinding Finding { get; }

        /// <summary>The commit that introduced the blob it is in; null for the working tree and the index.</summary>
        public string? Commit { get; }

        public DateTimeOffset? AuthorDate { get; }

        public LiveStatus? Live { get; }

        /// <summary>" in commit 0123456789ab (2024-05-01); live at the provider (…)", or nothing for a working-tree finding.</summary>
        public string Context() =>
            (Commit is null ? "" : $" in commit {Commit.Substring(0, Math.Min(12, Commit.Length))} ({AuthorDate:yyyy-MM-dd})")
            + (Live is null ? "" : "; " + Live.Describe());
    }
}
