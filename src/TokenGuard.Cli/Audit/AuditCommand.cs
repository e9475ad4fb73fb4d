using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Audit.Providers;
using TokenGuard.Cli.Inventory;
using TokenGuard.Cli.Terminal;
using TokenGuard.Manifest;

namespace TokenGuard.Cli.Audit
{
    /// <summary>
    /// <c>tokenguard audit</c>: the inventory against what the providers say is live. Exit code 0 when
    /// coverage reaches the minimum, 1 when it does not, 2 when an input cannot be read (then no report at all:
    /// a report built from part of the inputs would read as complete).
    /// </summary>
    internal static class AuditCommand
    {
        public static int Run(AuditInputs inputs, TextWriter output, TextWriter errors)
        {
            AuditReport report;
            try
            {
                if (inputs.Store is null && inputs.Inventory.Length == 0)
                    throw new InputFileException("--inventory", 1, "give --inventory FILE, --store STORE (or TOKENGUARD_STORE), or both");
                report = inputs.Store is null ? BuildReport(inputs) : StoreAudit.BuildAndRecord(inputs, inputs.Store);
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                errors.WriteLine("tokenguard: no audit report: every input must be readable.");
                return ExitCodes.UnusableInput;
            }
            catch (TokenGuard.Store.StoreException ex)
            {
                errors.WriteLine("tokenguard: " + TerminalText.Safe(ex.Message));
                return ExitCodes.UnusableInput;
            }

            // The HTML report first: when it cannot be written, nothing has been printed as if the audit had run.
            string? html = null;
            if (inputs.Html != null)
            {
                try
                {
                    html = WriteHtml(inputs.Html, report);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    errors.WriteLine($"tokenguard: cannot write the HTML report {TerminalText.Safe(inputs.Html)}: {TerminalText.Safe(ex.Message)}");
                    return ExitCodes.UnusableInput;
                }
            }

            foreach (string warning in report.Warnings) errors.WriteLine(warning);
            if (inputs.Format == "json") output.Write(AuditJsonWriter.Write(report));
            else AuditTableWriter.Write(report, output);
            if (html != null && inputs.Format != "json") output.WriteLine($"HTML report: {TerminalText.Safe(html)}");
            return report.Passed ? ExitCodes.Clean : ExitCodes.Findings;
        }

        private static string WriteHtml(string file, AuditReport report)
        {
            string path = Path.GetFullPath(file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, AuditHtmlWriter.Write(report));
            return path;
        }

        internal static AuditReport BuildReport(AuditInputs inputs)
        {
            var options = new ExportReadOptions { Lenient = inputs.Lenient };
            InventoryArtifact inventory = InventoryArtifactReader.Read(inputs.Inventory);
            var live = new List<LiveToken>();
            var audited = new HashSet<string>(StringComparer.Ordinal);
            foreach (string path in inputs.GitHub) live.AddRange(GitHubExports.Read(path, options));
            if (inputs.GitHub.Count > 0) audited.Add(GitHubExports.Provider);
            if (inputs.Aws.Count > 0)
            {
                live.AddRange(AwsExports.Read(inputs.Aws, options));
                audited.Add(AwsExports.Provider);
            }

            foreach (string path in inputs.AzureDevOps) live.AddRange(AzureDevOpsExports.Read(path, options));
            if (inputs.AzureDevOps.Count > 0) audited.Add(AzureDevOpsExports.Provider);
            foreach (string path in inputs.GitLab) live.AddRange(GitLabExports.Read(path, options));
            if (inputs.GitLab.Count > 0) audited.Add(GitLabExports.Provider);
            if (audited.Count == 0) throw new InputFileException(inputs.Inventory, 1, "give at least one provider export (--github, --aws, --azure-devops, --gitlab)");

            var warnings = new List<string>();
            List<AuditEntry> entries = AuditEntry.From(inventory).ToList();
            OwnerDirectory? owners = LoadOwners(inputs, warnings);
            var auditor = new TokenAuditor(entries, owners, inputs.Today);
            AuditReport report = auditor.Audit(live, audited, inputs.MinimumCoverage);
            report.Entries.AddRange(entries);
            report.Owners = owners;
            report.Inputs.Add(inputs.Inventory);
            report.Inputs.AddRange(inputs.GitHub.Concat(inputs.Aws).Concat(inputs.AzureDevOps).Concat(inputs.GitLab));
            report.Inputs.AddRange(inputs.Owners);
            if (inputs.OwnerMap != null) report.Inputs.Add(inputs.OwnerMap);
            report.Warnings.AddRange(options.Warnings);
            report.Warnings.AddRange(warnings);
            return report;
        }

        /// <summary>The owners exports merged (<see cref="OwnerDirectoryLoader"/>); the first error in any of them stops the audit.</summary>
        internal static OwnerDirectory? LoadOwners(AuditInputs inputs, List<string> warnings)
        {
            if (inputs.Owners.Count == 0)
            {
                if (inputs.OwnerMap != null) throw new InputFileException(inputs.OwnerMap, 1, "an owner map needs at least one --owners export");
                return null;
            }

            var exports = inputs.Owners.Select(path => new OwnerInput(path, InputFile.ReadAllUtf8(path, "the owners file"))).ToList();
            OwnerInput? map = inputs.OwnerMap is string mapPath ? new OwnerInput(mapPath, InputFile.ReadAllUtf8(mapPath, "the owner map")) : null;
            OwnerLoadResult result = OwnerDirectoryLoader.Load(exports, map, inputs.Today);
            if (result.FirstError is OwnerFileDiagnostic error)
            {
                SourceLocation at = error.Diagnostic.Location;
                throw new InputFileException(error.Path, at.Line, error.Diagnostic.Message, column: at.Column > 1 ? at.Column : 0);
            }

            warnings.AddRange(result.Diagnostics.Where(d => d.Diagnostic.Severity == ManifestSeverity.Warning).Select(d => d.ToString()));
            return result.Directory;
        }
    }
}
