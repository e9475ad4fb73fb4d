using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Terminal;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>tokenguard init [path]</c>: a starting tokens.yaml with one entry per distinct credential found
    /// (each environment variable, configuration key and connection string read in C#, each secret-like key
    /// in appsettings*.json whose value can be a credential), owners, scopes and expiries left as TODOs the
    /// build rejects, like a detect-secrets baseline.
    /// </summary>
    internal static class InitCommand
    {
        public static int Run(string path, bool force, TextWriter output, TextWriter errors)
        {
            string root = Path.GetFullPath(path);
            string manifestPath = Path.Combine(root, "tokens.yaml");
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
                File.WriteAllText(manifestPath, ManifestEditor.AddEntries(existing, usages, DateTime.UtcNow.Date));
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
            var usages = new List<TokenUsageRequest>();
            var settingKinds = new List<(string Key, SettingValueKind Kind)>();
            foreach (string file in files.Where(TextUsageFinder.IsUsageFile).OrderBy(f => f, StringComparer.Ordinal))
            {
                if (!(reader.Read(file, RepositoryFiles.Relative(root, file)) is string text)) continue;
                usages.AddRange(TextUsageFinder.Find(file, text).Select(u => new TokenUsageRequest(u.Kind, u.Name)));
                settingKinds.AddRange(TextUsageFinder.SettingKinds(file, text));
            }

            // Connection strings carry credentials whatever their name (as for the analyzers' TG0003), so each one
            // appsettings declares is an entry too, unless its value is a plain URL or a literal.
            usages.AddRange(settingKinds
                .Where(k => k.Key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) && k.Key.Length > "ConnectionStrings:".Length && CredentialValue.IsPossibleCredential(k.Kind))
                .Select(k => new TokenUsageRequest(TokenUsage.ConfigurationKind, k.Key)));

            // A key that appsettings only ever sets to a boolean, number, duration or plain URL is a setting,
            // even where C# reads it by a secret-sounding name (configuration["Auth:TokenRefresh"]).
            var settingsOnly = new HashSet<string>(
                settingKinds.Where(k => k.Kind != SettingValueKind.Empty)
                    .GroupBy(k => UsageMatcher.Normalize(k.Key))
                    .Where(g => g.All(k => !CredentialValue.IsPossibleCredential(k.Kind)))
                    .Select(g => g.Key),
                StringComparer.Ordinal);

            // One request per key: the env and config forms of one key (Stripe__ApiKey, Stripe:ApiKey) are one credential.
            return usages
                .Where(u => !settingsOnly.Contains(UsageMatcher.Normalize(u.Name)))
                .GroupBy(u => UsageMatcher.Normalize(u.Name))
                .Select(g => g.First())
                .ToList();
        }
    }
}
