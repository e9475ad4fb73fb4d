using System;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// Fails the build on a manifest that breaks policy: syntax (TG1001), expired (TG1002), expiring
    /// soon (TG1003, warning), owner (TG1004), required fields (TG1005), duplicate ids (TG1006),
    /// unknown fields (TG1007, warning).
    /// </summary>
    public sealed class ValidateTokenManifest : Task
    {
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>yyyy-MM-dd; empty means today (UTC).</summary>
        public string? Today { get; set; }

        public int ExpiryWarningDays { get; set; } = 30;

        public override bool Execute()
        {
            if (!BuildSettings.TryGetToday(Today, Log, out DateTime today)) return false;

            ManifestLoadResult? result = ManifestFile.Load(ManifestPath, Log);
            if (result is null) return false;

            foreach (ManifestDiagnostic diagnostic in result.Diagnostics)
            {
                ManifestLogger.Log(Log, ManifestPath, diagnostic);
            }

            if (result.Manifest != null)
            {
                var validator = new ManifestValidator(today, ExpiryWarningDays);
                foreach (ManifestDiagnostic diagnostic in validator.Validate(result.Manifest))
                {
                    ManifestLogger.Log(Log, ManifestPath, diagnostic);
                }
            }

            return !Log.HasLoggedErrors;
        }
    }
}
