namespace TokenGuard.Inventory
{
    /// <summary>Where code (or a settings file) uses a registered token, as the compiler reported it (TG0010).</summary>
    public sealed class UsageLocation
    {
        public UsageLocation(string tokenId, string file, int line)
        {
            TokenId = tokenId;
            File = file;
            Line = line;
        }

        public string TokenId { get; }

        /// <summary>Path relative to the repository root when known, with '/' separators.</summary>
        public string File { get; }

        public int Line { get; }
    }
}
