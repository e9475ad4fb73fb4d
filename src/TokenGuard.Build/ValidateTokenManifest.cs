using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// Fails the build on a manifest that breaks policy: syntax (TG1001), expired (TG1002), expiring
    /// soon (TG1003, warning), owner missing, malformed or offboarded (TG1004), required fields (TG1005),
    /// duplicate ids (TG1006), unknown fields (TG1007, warning), rotation overdue (TG1008), lifetime
    /// over policy (TG1009), broad scopes (TG1010, warning).
    /// </summary>
    public sealed class ValidateTokenManifest : Task
    {
        [Required]
        public string ManifestPath { get; set; } = "";

        /// <summary>yyyy-MM-dd; empty means today (UTC).</summary>
        public string? Today { get; set; }

        /// <summary>Empty: the manifest's policy, else 30.</summary>
        public string? ExpiryWarningDays { get; set; }

        /// <summary>e.g. 365d; empty: the manifest's policy, else no limit.</summary>
        public string? MaxLifetime { get; set; }

        /// <summary>true/false; empty: the manifest's policy, else allowed with a justification.</summary>
        public string? AllowNeverExpires { get; set; }

        /// <summary>Owners exports, ';'-separated: the directories' own (Entra ID, Okta, Google Workspace, GitHub) or principal,status lists; when set, every owner must be active in them.</summary>
        public string? OwnersFile { get; set; }

        /// <summary>principal,identity CSV or YAML: the principal of a directory identity that is not user:&lt;local part&gt;.</summary>
        public string? OwnerMapFile { get; set; }

        /// <summary>When set, the findings are also written there as SARIF 2.1.0 for code-scanning upload.</summary>
        public string? SarifPath { get; set; }

        /// <summary>Directory SARIF paths are relative to (the repository root).</summary>
        public string? RootDirectory { get; set; }

        public override bool Execute()
        {
            if (!BuildSettings.TryGetToday(Today, Log, out DateTime today)) return false;

            ManifestLoadResult? result = ParsedManifests.Load(ManifestPath, BuildEngine, Log);
            if (result is null) return false;

            var diagnostics = new List<ManifestDiagnostic>(result.Diagnostics);
            if (result.Manifest != null)
            {
                ValidationSettings? settings = CreateSettings(today, result.Manifest.Policy);
                if (settings is null) return false;
                diagnostics.AddRange(new ManifestValidator(settings).Validate(result.Manifest));
            }

            if (!string.IsNullOrWhiteSpace(SarifPath))
            {
                string relative = string.IsNullOrWhiteSpace(RootDirectory) ? Path.GetFileName(ManifestPath) : RepositoryPaths.Relative(RootDirectory, ManifestPath);
                WriteTokenInventory.WriteIfChanged(SarifPath!, SarifFindingsWriter.Write(relative, diagnostics, new InventoryContext()));
            }

            if (ReportOnce.AlreadyReported(BuildEngine, ManifestPath, diagnostics))
            {
                Log.LogMessage(MessageImportance.Normal, "TokenGuard: {0} was validated earlier in this build; its diagnostics were reported there.", ManifestPath);
                return true;
            }

            foreach (ManifestDiagnostic diagnostic in diagnostics)
            {
                ManifestLogger.Log(Log, ManifestPath, diagnostic);
            }

            return !Log.HasLoggedErrors;
        }

        private ValidationSettings? CreateSettings(DateTime today, ManifestPolicy? policy)
        {
            var settings = new ValidationSettings(today);
            var explicitlySet = new HashSet<string>(StringComparer.Ordinal);
            if (!string.IsNullOrWhiteSpace(ExpiryWarningDays))
            {
                if (!int.TryParse(ExpiryWarningDays, out int days) || days < 0)
                {
                    Log.LogError("TokenGuardExpiryWarningDays must be a whole number of days, not '{0}'.", ExpiryWarningDays);
                    return null;
                }

                settings.ExpiryWarningDays = days;
                explicitlySet.Add(nameof(ValidationSettings.ExpiryWarningDays));
            }

            if (!string.IsNullOrWhiteSpace(MaxLifetime))
            {
                if (!PolicyDuration.TryParse(MaxLifetime, out PolicyDuration max))
                {
                    Log.LogError("TokenGuardMaxLifetime must be a number and d, w, m or y (e.g. 365d), not '{0}'.", MaxLifetime);
                    return null;
                }

                settings.MaxLifetime = max;
                explicitlySet.Add(nameof(ValidationSettings.MaxLifetime));
            }

            if (!string.IsNullOrWhiteSpace(AllowNeverExpires))
            {
                if (!bool.TryParse(AllowNeverExpires, out bool allow))
                {
                    Log.LogError("TokenGuardAllowNeverExpires must be true or false, not '{0}'.", AllowNeverExpires);
                    return null;
                }

                settings.AllowNeverExpires = allow;
                explicitlySet.Add(nameof(ValidationSettings.AllowNeverExpires));
            }

            if (!string.IsNullOrWhiteSpace(OwnersFile))
            {
                settings.Owners = LoadOwners(OwnersFile!, today);
                if (settings.Owners is null) return null;
            }

            return settings.WithManifestPolicy(policy, explicitlySet);
        }

        private OwnerDirectory? LoadOwners(string files, DateTime today)
        {
            var exports = new List<OwnerInput>();
            foreach (string path in files.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (ReadOwnersInput(path, nameof(OwnersFile)) is OwnerInput input) exports.Add(input);
                else return null;
            }

            OwnerInput? map = null;
            if (!string.IsNullOrWhiteSpace(OwnerMapFile) && (map = ReadOwnersInput(OwnerMapFile!.Trim(), nameof(OwnerMapFile))) is null) return null;
            OwnerLoadResult result = OwnerDirectoryLoader.Load(exports, map, today);
            foreach (OwnerFileDiagnostic problem in result.Diagnostics) ManifestLogger.Log(Log, problem.Path, problem.Diagnostic);
            return result.Directory;
        }

        private OwnerInput? ReadOwnersInput(string path, string property)
        {
            if (!File.Exists(path))
            {
                Log.LogError(null, DiagnosticIds.EntryOwnerInvalid, null, DiagnosticIds.HelpLink(DiagnosticIds.EntryOwnerInvalid), ManifestPath, 0, 0, 0, 0, "the owners file '{0}' (TokenGuard{1}) does not exist", path, property);
                return null;
            }

            return new OwnerInput(path, File.ReadAllBytes(path));
        }
    }
}
