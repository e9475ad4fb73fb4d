namespace TokenGuard.Manifest
{
    /// <summary>An owners export or owner map as the caller read it: its path (for messages) and its bytes.</summary>
    public sealed class OwnerInput
    {
        public OwnerInput(string path, byte[] bytes)
        {
            Path = path;
            Bytes = bytes;
        }

        public string Path { get; }

        public byte[] Bytes { get; }
    }
}
