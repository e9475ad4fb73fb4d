using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Manifest
{
    /// <summary>The merged directory (null when any export was unusable: a partial directory would read as complete) and every problem and warning.</summary>
    public sealed class OwnerLoadResult
    {
        public OwnerLoadResult(OwnerDirectory? directory, IReadOnlyList<OwnerFileDiagnostic> diagnostics)
        {
            Directory = directory;
            Diagnostics = diagnostics;
        }

        public OwnerDirectory? Directory { get; }

        public IReadOnlyList<OwnerFileDiagnostic> Diagnostics { get; }

        public OwnerFileDiagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Diagnostic.Severity == ManifestSeverity.Error);
    }
}
