namespace TokenGuard.Inventory
{
    /// <summary>An artifact that declared a token, kept in a merged inventory so every claim can be traced back.</summary>
    public sealed class InventorySource
    {
        public string? Repository { get; set; }

        public string? Commit { get; set; }

        public string? Project { get; set; }

        public string? Manifest { get; set; }

        public int ManifestLine { get; set; }

        /// <summary>The artifact file as given to <c>tokenguard inventory merge</c>.</summary>
        public string? Artifact { get; set; }
    }
}
