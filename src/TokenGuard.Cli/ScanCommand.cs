using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using TokenGuard.Cli.Terminal;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>tokenguard scan [path]</c>: hard-coded tokens in every text file; exit code 1 when any is found, 2 when the
    /// tree or the manifest cannot be used. Entries left unread (special files, links out of the tree, unreadable
    /// files) are warnings on standard error, counted in the summary; they do not change the exit code.
    /// Every value printed as text goes through <see cref="TerminalText.Safe"/>: file names may hold escape sequences.
    /// </summary>
    internal static class ScanCommand
    {
        public static int Run(string path, string format, string? manifestPath, TextWriter output, TextWriter errors, bool interactive)
        {
            string root = Path.GetFullPath(path);
            if (!Directory.Exists(root))
            {
                errors.WriteLine($"{TerminalText.Safe(path)}: error: not a directory");
                return ExitCodes.UnusableInput;
            }

            if (!ManifestLocator.TryLoad(root, manifestPath, errors, out UsageMatcher? manifest)) return ExitCodes.UnusableInput;

            var scanner = new RepositoryScanner(root, manifest);
            var warnings = new List<ScanWarning>();
            IReadOnlyList<string> files = RepositoryFiles.Enumerate(root, warnings);
            IReadOnlyList<ScanFinding> findings = interactive
                ? ScanWithProgress(scanner, files)
                : scanner.Scan(files);
            warnings.AddRange(scanner.Warnings);
            foreach (ScanWarning warning in warnings)
            {
                errors.WriteLine($"{TerminalText.Safe(warning.File)}: warning: {TerminalText.Safe(warning.Message)}");
            }

            switch (format)
            {
                case "json": WriteJson(findings, output); break;
                case "sarif": output.Write(SarifFindingsWriter.Write(findings.Select(ToDiagnostic), new InventoryContext())); break;
                default: WriteText(findings, files.Count, scanner.SkippedFiles, warnings.Count, output); break;
            }

            return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        }

        private static IReadOnlyList<ScanFinding> ScanWithProgress(RepositoryScanner scanner, IReadOnlyList<string> files)
        {
            IReadOnlyList<ScanFinding> findings = Array.Empty<ScanFinding>();
            AnsiConsole.Progress().AutoClear(true).Start(context =>
            {
                ProgressTask task = context.AddTask("Scanning", maxValue: Math.Max(1, files.Count));
                findings = scanner.Scan(files, done => task.Value = done);
            });
            return findings;
        }

        private static void WriteText(IReadOnlyList<ScanFinding> findings, int fileCount, int skipped, int warnings, TextWriter output)
        {
            foreach (ScanFinding finding in findings)
            {
                output.WriteLine($"{TerminalText.Safe(finding.File)}({finding.Line},{finding.Column}): error {finding.DiagnosticId}: {TerminalText.Safe(finding.Message)} [{finding.Rule}]");
            }

            int tokens = findings.Count(f => f.IsSecret);
            output.WriteLine($"{tokens} token(s) and {findings.Count - tokens} unregistered usage(s) found in {fileCount} file(s) ({skipped} binary or over {RepositoryScanner.MaxFileBytes / 1024} KB skipped); {warnings} entr{(warnings == 1 ? "y" : "ies")} not scanned, with a warning.");
        }

        private static void WriteJson(IReadOnlyList<ScanFinding> findings, TextWriter output)
        {
            var rows = findings.Select(f => new
            {
                file = f.File,
                line = f.Line,
                column = f.Column,
                id = f.DiagnosticId,
                rule = f.Rule,
                message = f.Message,
                provider = f.Token?.Rule.Provider,
                redacted = f.Redacted,
                fingerprint = f.Fingerprint,
            });
            output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
        }

        private static KeyValuePair<string, ManifestDiagnostic> ToDiagnostic(ScanFinding finding) =>
            new KeyValuePair<string, ManifestDiagnostic>(finding.File, new ManifestDiagnostic(
                finding.DiagnosticId,
                ManifestSeverity.Error,
                new SourceLocation(finding.Line, finding.Column),
                finding.Fingerprint is null ? finding.Message : $"{finding.Message} ({finding.Fingerprint})"));
    }
}
