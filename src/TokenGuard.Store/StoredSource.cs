namespace TokenGuard.Store
{
    /// <summary>A token as one repository/project declared it, read back from the store for an export.</summary>
    public sealed class StoredSource
    {
        public string Repository { get; set; } = "";

        public string Project { get; set; } = "";

        public string? Commit { get; set; }

        public string? Manifest { get; set; }

        public string? Artifact { get; set; }

        /// <summary>The token's fields as the inventory schema writes them (redacted JSON, no sources).</summary>
        public string Fields { get; set; } = "";
    }
}
