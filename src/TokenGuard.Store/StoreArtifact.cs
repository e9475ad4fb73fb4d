using System.Collections.Generic;
using TokenGuard.Inventory;

namespace TokenGuard.Store
{
    /// <summary>One project's inventory as the store records it: where it came from and the tokens it lists.</summary>
    public sealed class StoreArtifact
    {
        public string Path { get; set; } = "";

        /// <summary>sha256 of the file's bytes: names the artifact when it has no commit.</summary>
        public string Sha256 { get; set; } = "";

        public string Repository { get; set; } = "";

        public string? Commit { get; set; }

        public string Project { get; set; } = "";

        public string? Manifest { get; set; }

        public string? ToolVersion { get; set; }

        public IReadOnlyList<InventoryToken> Tokens { get; set; } = new List<InventoryToken>();

        /// <summary>The commit, or the artifact's hash when the build knew no commit: an ingest is recorded once per repository, commit and project.</summary>
        public string CommitKey => Commit ?? "sha256:" + Sha256;
    }
}
