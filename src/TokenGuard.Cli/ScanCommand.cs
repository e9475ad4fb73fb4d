using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using TokenGuard.Cli.Audit.Providers;
using TokenGuard.Cli.History;
using TokenGuard.Cli.Terminal;
using TokenGuard.Detection;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>tokenguard scan [path]</c>: hard-coded tokens in every text file (or, with <c>--staged</c>, in what the index
    /// would commit; with <c>--history</c>, in every blob of the chosen refs); exit code 1 when any is found that the
    /// manifest and the baseline do not accept, 2 when the tree, the manifest, the baseline or an export cannot be
    /// used. Entries left unread (special files, links out of the tree, unreadable files, submodules, LFS pointers,
    /// missing objects) are warnings on standard error, counted in the summary; they do not change the exit code.
    /// Every value printed as text goes through <see cref="TerminalText.Safe"/>: file names may hold escape sequences.
    /// </summary>
    internal static class ScanCommand
    {
        public static int Run(string path, string format, string? manifestPath, TextWriter output, TextWriter errors, bool interactive) =>
            Run(new ScanRequest { Path = path, Format = format, Manifest = manifestPath, Interactive = interactive }, output, errors);

        public static int Run(ScanRequest request, TextWriter output, TextWriter errors)
        {
            string root = Path.GetFullPath(request.Path);
            if (!Directory.Exists(root))
            {
                errors.WriteLine($"{TerminalText.Safe(request.Path)}: error: not a directory");
                return ExitCodes.UnusableInput;
            }

            GitRepository? git = null;
            if (request.History || request.Staged)
            {
                git = GitRepository.Open(root, out string gitError);
                if (git is null)
                {
                    errors.WriteLine($"{TerminalText.Safe(request.Path)}: error: {(request.History ? "--history" : "--staged")} needs a git work tree: {TerminalText.Safe(gitError)}");
                    return ExitCodes.UnusableInput;
                }

                root = git.Root;
            }

            if (!ManifestLocator.TryLoad(root, request.Manifest, errors, out UsageMatcher? manifest)) return ExitCodes.UnusableInput;

            string baselinePath = Path.GetFullPath(request.Baseline ?? Path.Combine(root, Baseline.DefaultFileName));
            Baseline baseline;
            LiveTokenIndex? live;
            var exportOptions = new ExportReadOptions();
            try
            {
                if (request.Baseline != null && !request.WriteBaseline && !File.Exists(baselinePath))
                    throw new InputFileException(baselinePath, 1, "the baseline does not exist");
                baseline = Baseline.Load(baselinePath);
                live = LiveTokenIndex.Read(request.Exports, exportOptions);
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                return ExitCodes.UnusableInput;
            }

            foreach (string warning in exportOptions.Warnings) errors.WriteLine(warning);

            var warnings = new List<ScanWarning>();
            var findings = new List<ReportedFinding>();
            string scope;
            try
            {
                scope = git is null
                    ? ScanTree(request, root, manifest, baseline, live, findings, warnings)
                    : ScanBlobs(request, git, manifest, baseline, live, findings, warnings);
            }
            catch (GitException ex)
            {
                errors.WriteLine($"{TerminalText.Safe(request.Path)}: error: {TerminalText.Safe(ex.Message)}");
                return ExitCodes.UnusableInput;
            }

            foreach (ScanWarning warning in warnings)
            {
                errors.WriteLine($"{TerminalText.Safe(warning.File)}: warning: {TerminalText.Safe(warning.Message)}");
            }

            if (request.WriteBaseline)
            {
                int added = baseline.Write(baselinePath, findings, DateTime.UtcNow.Date);
                output.WriteLine($"{added} fingerprint(s) added to {TerminalText.Safe(baselinePath)} ({baseline.Count} accepted in all); values are never written.");
                return ExitCodes.Clean;
            }

            long reporting = ScanProfile.Start();
            switch (request.Format)
            {
                case "json": output.WriteLine(ScanJsonWriter.Write(findings)); break;
                case "sarif": output.Write(SarifFindingsWriter.Write(findings.Select(ToDiagnostic), new InventoryContext())); break;
                default: WriteText(findings, scope, warnings.Count, output); break;
            }

            if (git is null)
            {
                output.Flush();
                ScanProfile.Add(ScanProfile.Stage.Report, reporting);
                ScanProfile.Report(errors);
            }

            return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        }

        /// <returns>The summary's description of what was scanned.</returns>
        private static string ScanTree(ScanRequest request, string root, UsageMatcher? manifest, Baseline baseline, LiveTokenIndex? live, List<ReportedFinding> findings, List<ScanWarning> warnings)
        {
            var scanner = new RepositoryScanner(root, manifest);
            long started = ScanProfile.Start();
            IReadOnlyList<string> files = RepositoryFiles.Enumerate(root, warnings);
            ScanProfile.Add(ScanProfile.Stage.Enumerate, started);
            IReadOnlyList<ScanFinding> found = request.Interactive ? ScanWithProgress(scanner, files) : scanner.Scan(files);
            warnings.AddRange(scanner.Warnings);
            var reader = live is null ? null : new TreeFileReader(RepositoryScanner.MaxFileBytes);
            foreach (ScanFinding finding in found)
            {
                if (baseline.Accepts(finding.Fingerprint)) continue;
                // The text again only to compare a token's last characters with an export: read, compared, dropped.
                LiveStatus? status = live is null || finding.Fingerprint is null ? null
                    : FoundTokenValue.Check(live, finding, () => reader!.Read(Path.Combine(root, finding.File), finding.File));
                findings.Add(new ReportedFinding(finding, live: status));
            }

            return $"{files.Count} file(s) ({scanner.SkippedFiles} binary or over {RepositoryScanner.MaxFileBytes / 1024} KB skipped)";
        }

        private static string ScanBlobs(ScanRequest request, GitRepository git, UsageMatcher? manifest, Baseline baseline, LiveTokenIndex? live, List<ReportedFinding> findings, List<ScanWarning> warnings)
        {
            IEnumerable<RawChange> changes;
            if (request.History)
            {
                var range = HistoryRange.Of(request.Branches, request.Since);
                string? bad = git.CheckRevisions(range.Refs.Concat(range.SinceRevision is null ? Enumerable.Empty<string>() : new[] { range.SinceRevision }));
                if (bad != null) throw new GitException(bad);
                if (git.IsShallow) warnings.Add(new ScanWarning(".", "shallow clone: commits before its boundary are not in this repository and were not scanned (git fetch --unshallow to scan them)"));
                changes = GitChanges.History(git.Root, range);
            }
            else
            {
                changes = GitChanges.Staged(git.Root, git.HasHead);
            }

            var blobs = new BlobStream(git.Root, RepositoryScanner.MaxFileBytes);
            // A token stays in every later version of its file: reported once per path, at the commit that introduced it.
            var reported = new HashSet<(string Fingerprint, string File)>();
            var gate = request.History ? new ChangeGate() : null;
            void Report(ScanFinding finding, GitBlob blob, string? text)
            {
                // History reports secrets; unregistered usages are about today's tree and its manifest.
                if (request.History && (finding.Fingerprint is null || !reported.Add((finding.Fingerprint, finding.File)))) return;
                if (baseline.Accepts(finding.Fingerprint)) return;
                LiveStatus? status = live is null || finding.Fingerprint is null ? null : FoundTokenValue.Check(live, finding, () => text);
                findings.Add(new ReportedFinding(finding, blob.Commit, blob.AuthorDate, status));
            }

            new BlobScanner(git.Root, manifest, gate).Scan(blobs.Read(changes), Report);

            // Binary blobs are not text to scan, but a private key container among them is a secret, as in the working tree.
            foreach ((GitBlob blob, string fingerprint) in blobs.KeyContainers)
            {
                if (manifest?.IsAcceptedFingerprint(fingerprint) == true) continue;
                Report(KeyContainerFile.Finding(RepositoryFiles.Relative(git.Root, Path.Combine(git.Root, blob.Path)), fingerprint), blob, text: null);
            }

            warnings.AddRange(blobs.Warnings);
            HistoryProfile.Report(Console.Error);
            return request.History
                ? $"{blobs.Blobs} distinct blob(s) of history ({gate!.Scanned} parsed, {gate.Unchanged} whose changes hold nothing secret-shaped, {blobs.Skipped} binary or over {RepositoryScanner.MaxFileBytes / 1024} KB skipped)"
                : $"{blobs.Blobs} staged file(s) ({blobs.Skipped} binary or over {RepositoryScanner.MaxFileBytes / 1024} KB skipped)";
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

        private static void WriteText(IReadOnlyList<ReportedFinding> findings, string scope, int warnings, TextWriter output)
        {
            foreach (ReportedFinding reported in findings)
            {
                ScanFinding finding = reported.Finding;
                output.WriteLine($"{TerminalText.Safe(finding.File)}({finding.Line},{finding.Column}): error {finding.DiagnosticId}: {TerminalText.Safe(finding.Message)} [{finding.Rule}]{TerminalText.Safe(reported.Context())}");
            }

            int tokens = findings.Count(f => f.Finding.IsSecret);
            int live = findings.Count(f => f.Live?.Active == true);
            output.WriteLine($"{tokens} token(s){(live > 0 ? $" ({live} live at the provider)" : "")} and {findings.Count - tokens} unregistered usage(s) found in {scope}; {warnings} entr{(warnings == 1 ? "y" : "ies")} not scanned, with a warning.");
        }

        private static KeyValuePair<string, ManifestDiagnostic> ToDiagnostic(ReportedFinding reported)
        {
            ScanFinding finding = reported.Finding;
            string message = (finding.Fingerprint is null ? finding.Message : $"{finding.Message} ({finding.Fingerprint})") + reported.Context();
            return new KeyValuePair<string, ManifestDiagnostic>(finding.File, new ManifestDiagnostic(
                finding.DiagnosticId, ManifestSeverity.Error, new SourceLocation(finding.Line, finding.Column), message));
        }
    }
}
