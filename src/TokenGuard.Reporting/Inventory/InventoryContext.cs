namespace TokenGuard.Inventory
{
    /// <summary>Where and when an inventory was produced; every field optional so builds stay reproducible.</summary>
    public sealed class InventoryContext
    {
        public string ToolVersion { get; set; } = "";

        public string? Repository { get; set; }

        public string? Commit { get; set; }

        public string? Project { get; set; }

        /// <summary>yyyy-MM-dd; from <c>TokenGuardToday</c> when set, so the artifact is byte-identical for the same input.</summary>
        public string? GeneratedAt { get; set; }

        /// <summary>Manifest path as written in the artifact (relative to the repository when known).</summary>
        public string? ManifestPath { get; set; }
    }
}
