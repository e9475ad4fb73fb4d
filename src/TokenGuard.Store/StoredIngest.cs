using System;

namespace TokenGuard.Store
{
    /// <summary>One recorded ingest: a discovery run of one repository/project at one commit.</summary>
    public sealed class StoredIngest
    {
        public long Id { get; set; }

        public DateTime RecordedAt { get; set; }

        public string Repository { get; set; } = "";

        public string Project { get; set; } = "";

        public string Commit { get; set; } = "";

        public int TokenCount { get; set; }
    }
}
