using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary><c>tokenguard scan [path]</c>: hard-coded tokens in every text file; exit code 1 when any is found.</summary>
    internal static class ScanCommand
    {
        public static int Run(string path, string format, string? manifestPath, TextWriter output, TextWriter errors, bool interactive)
        {
            string root = Path.GetFullPath(path);
            if (!Directory.Exists(root))
            {
                errors.WriteLine($"tokenguard: '{path}' is not a directory");
                return 2;
            }

            var scanner = new RepositoryScanner(root, ManifestLocator.Load(root, manifestPath, errors));
            IReadOnlyList<string> files = RepositoryFiles.Enumerate(root);
            IReadOnlyList<ScanFinding> findings = interactive
                ? ScanWithProgress(scanner, files)
                : scanner.Scan(files);

            switch (format)
            {
                case "json": WriteJson(findings, output); break;
                case "sarif": output.Write(SarifFindingsWriter.Write(findings.Select(ToDiagnostic), new InventoryContext())); break;
                default: WriteText(findings, files.Count, scanner.SkippedFiles, output); break;
            }

            return findings.Count > 0 ? 1 : 0;
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

        private static void WriteText(IReadOnlyList<ScanFinding> findings, int fileCount, int skipped, TextWriter output)
        {
            foreach (ScanFinding finding in findings)
            {
                output.WriteLine($"{finding.File}({finding.Line},{finding.Column}): error {finding.DiagnosticId}: {finding.Message} [{finding.Rule}]");
            }

            int tokens = findings.Count(f => f.Token != null);
            output.WriteLine($"{tokens} token(s) and {findings.Count - tokens} unregistered usage(s) found in {fileCount} file(s) ({skipped} binary or over {RepositoryScanner.MaxFileBytes / 1024} KB skipped).");
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
                redacted = f.Token?.Redacted,
                fingerprint = f.Token?.Fingerprint,
            });
            output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
        }

        private static KeyValuePair<string, ManifestDiagnostic> ToDiagnostic(ScanFinding finding) =>
            new KeyValuePair<string, ManifestDiagnostic>(finding.File, new ManifestDiagnostic(
                finding.DiagnosticId,
                ManifestSeverity.Error,
                new SourceLocation(finding.Line, finding.Column),
                finding.Token is null ? finding.Message : $"{finding.Message} ({finding.Token.Fingerprint})"));
    }
}
