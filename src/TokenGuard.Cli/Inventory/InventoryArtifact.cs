using System.Collections.Generic;
using TokenGuard.Inventory;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>One inventory file as read: where it came from (its header) and its tokens.</summary>
    internal sealed class InventoryArtifact
    {
        public InventoryArtifact(string path) => Path = path;

        public string Path { get; }

        public string? Repository { get; set; }

        public string? Commit { get; set; }

        public string? Project { get; set; }

        public string? Manifest { get; set; }

        public string? ToolVersion { get; set; }

        public List<InventoryToken> Tokens { get; } = new List<InventoryToken>();
    }
}
