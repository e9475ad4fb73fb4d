using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// Fails fast, before compile, only when the manifest cannot be read at all (I/O, size, YAML syntax: TG1001):
    /// compiling cannot help then. A readable manifest is parsed once here and kept for the tasks that follow;
    /// its entries' problems (expired, unowned, incomplete) are ValidateTokenManifest's, reported without stopping
    /// the compile so one build shows them beside the analyzers' diagnostics.
    /// </summary>
    public sealed class ReadTokenManifest : Task
    {
        [Required]
        public string ManifestPath { get; set; } = "";

        public override bool Execute()
        {
            ManifestLoadResult? result = ParsedManifests.Load(ManifestPath, BuildEngine, Log);
            if (result is null) return false;
            if (result.Manifest != null) return true;

            if (!ReportOnce.AlreadyReported(BuildEngine, ManifestPath, result.Diagnostics))
            {
                foreach (ManifestDiagnostic diagnostic in result.Diagnostics) ManifestLogger.Log(Log, ManifestPath, diagnostic);
            }

            // Reported once per build, yet every project sharing the broken manifest stops.
            if (!Log.HasLoggedErrors) Log.LogError(null, DiagnosticIds.ManifestSyntaxError, null, DiagnosticIds.HelpLink(DiagnosticIds.ManifestSyntaxError), ManifestPath, 0, 0, 0, 0, "the manifest cannot be read (reported above)");
            return false;
        }
    }
}
