using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>A parsed <c>tokens.yaml</c>.</summary>
    public sealed class TokenManifest
    {
        public TokenManifest(string path, IReadOnlyList<ManifestEntry> entries)
        {
            Path = path;
            Entries = entries;
        }

        public string Path { get; }

        public IReadOnlyList<ManifestEntry> Entries { get; }
    }
}
