using System.Collections.Generic;
using TokenGuard.Detection;

namespace TokenGuard.Manifest
{
    /// <summary>A parsed <c>tokens.yaml</c>.</summary>
    public sealed class TokenManifest
    {
        public TokenManifest(string path, IReadOnlyList<ManifestEntry> entries, ManifestPolicy? policy = null, IReadOnlyList<CredentialSink>? sinks = null)
        {
            Path = path;
            Entries = entries;
            Policy = policy;
            Sinks = sinks ?? new CredentialSink[0];
        }

        public string Path { get; }

        public IReadOnlyList<ManifestEntry> Entries { get; }

        /// <summary>The optional <c>policy:</c> block.</summary>
        public ManifestPolicy? Policy { get; }

        /// <summary>The optional <c>sinks:</c> list: the repository's own credential parameters, beside the built-in table.</summary>
        public IReadOnlyList<CredentialSink> Sinks { get; }
    }
}
