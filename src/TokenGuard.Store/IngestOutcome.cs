namespace TokenGuard.Store
{
    /// <summary>What one ingest call recorded.</summary>
    public sealed class IngestOutcome
    {
        public int Recorded { get; set; }

        /// <summary>Artifacts whose repository, commit and project were already in the store (recorded once).</summary>
        public int AlreadyRecorded { get; set; }

        public int Added { get; set; }

        public int Changed { get; set; }

        public int Removed { get; set; }
    }
}
