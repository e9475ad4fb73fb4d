using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Manifest
{
    /// <summary>What loading produced: the manifest (absent only when the YAML could not be read) and any problems.</summary>
    public sealed class ManifestLoadResult
    {
        public ManifestLoadResult(TokenManifest? manifest, IReadOnlyList<ManifestDiagnostic> diagnostics)
        {
            Manifest = manifest;
            Diagnostics = diagnostics;
        }

        public TokenManifest? Manifest { get; }

        public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; }

        public bool HasErrors => Diagnostics.Any(d => d.Severity == ManifestSeverity.Error);
    }
}
