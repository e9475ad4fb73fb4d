using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>A parsed <c>tokens.yaml</c>.</summary>
    public sealed class TokenManifest
    {
        public TokenManifest(string path, IReadOnlyList<ManifestEntry> entries, ManifestPolicy? policy = null)
        {
            Path = path;
            Entries = entries;
            Policy = policy;
        }

        public string Path { get; }

        public IReadOnlyList<ManifestEntry> Entries { get; }

        /// <summary>The optional <c>policy:</c> block.</summary>
        public ManifestPolicy? Policy { get; }
    }
}
