namespace TokenGuard.Inventory
{
    /// <summary>Where a project's code reads a token (file relative to the repository, 1-based line).</summary>
    public sealed class InventoryUsedAt
    {
        public InventoryUsedAt(string? project, string file, int line)
        {
            Project = project;
            File = file;
            Line = line;
        }

        public string? Project { get; }

        public string File { get; }

        public int Line { get; }
    }
}
