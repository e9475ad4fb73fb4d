using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Terminal;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>tokenguard init [path]</c>: a starting tokens.yaml with one entry per distinct token usage found
    /// (environment variables and configuration keys read in C#, secret-like keys in appsettings*.json),
    /// owners, scopes and expiries left as TODOs the build rejects, like a detect-secrets baseline.
    /// </summary>
    internal static class InitCommand
    {
        public static int Run(string path, bool force, TextWriter output, TextWriter errors)
        {
            string root = Path.GetFullPath(path);
            string manifestPath = Conventions.ManifestIn(directory: root, exists: File.Exists) ?? Path.Combine(root, Conventions.ManifestFileName);
            if (File.Exists(manifestPath) && !force)
            {
                errors.WriteLine($"tokenguard: {TerminalText.Safe(manifestPath)} exists; use --force to add the usages found to it");
                return ExitCodes.UnusableInput;
            }

            var warnings = new List<ScanWarning>();
            IReadOnlyList<string> files = RepositoryFiles.Enumerate(root, warnings);
            var reader = new TreeFileReader(RepositoryScanner.MaxFileBytes);
            List<TokenUsageRequest> usages = FindUsages(root, files, reader);
            foreach (ScanWarning warning in warnings.Concat(reader.Warnings))
            {
                errors.WriteLine($"{TerminalText.Safe(warning.File)}: warning: {TerminalText.Safe(warning.Message)}");
            }

            string existing;
            try
            {
                existing = File.Exists(manifestPath) ? InputFile.ReadAllText(manifestPath, "the manifest") : ManifestEditor.EmptyManifest;
                File.WriteAllText(manifestPath, ManifestEditor.AddUsages(existing, usages, DateTime.UtcNow.Date));
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(TerminalText.Safe(ex.Message));
                return ExitCodes.UnusableInput;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                errors.WriteLine($"{TerminalText.Safe(manifestPath)}: error: cannot write the manifest: {TerminalText.Safe(ex.Message)}");
                return ExitCodes.UnusableInput;
            }

            output.WriteLine($"{TerminalText.Safe(manifestPath)}: {usages.Count} usage(s) registered; fill in every TODO (owner, scope, expiry) — the build rejects them until then.");
            return ExitCodes.Clean;
        }

        internal static List<TokenUsageRequest> FindUsages(string root, IEnumerable<string> files, TreeFileReader? reader = null)
        {
            reader ??= new TreeFileReader(RepositoryScanner.MaxFileBytes);
            List<TokenUsageRequest> usages = files
                .Where(TextUsageFinder.IsUsageFile)
                .OrderBy(f => f, StringComparer.Ordinal)
                .SelectMany(file => reader.Read(file, RepositoryFiles.Relative(root, file)) is string text ? TextUsageFinder.Find(file, text) : Enumerable.Empty<TextUsage>())
                .Select(u => new TokenUsageRequest(u.Kind, u.Name))
                .ToList();

            // ManifestEditor skips keys already registered, so the env and config forms of one key collapse.
            return usages.GroupBy(u => UsageMatcher.Normalize(u.Name)).Select(g => g.First()).ToList();
        }
    }
}
