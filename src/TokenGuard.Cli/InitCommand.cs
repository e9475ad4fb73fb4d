using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
            string manifestPath = Path.Combine(root, "tokens.yaml");
            if (File.Exists(manifestPath) && !force)
            {
                errors.WriteLine($"tokenguard: {manifestPath} exists; use --force to add the usages found to it");
                return 2;
            }

            List<TokenUsageRequest> usages = FindUsages(root, RepositoryFiles.Enumerate(root));
            string existing = File.Exists(manifestPath) ? File.ReadAllText(manifestPath) : ManifestEditor.EmptyManifest;
            File.WriteAllText(manifestPath, ManifestEditor.AddUsages(existing, usages, DateTime.UtcNow.Date));
            output.WriteLine($"{manifestPath}: {usages.Count} usage(s) registered; fill in every TODO (owner, scope, expiry) — the build rejects them until then.");
            return 0;
        }

        internal static List<TokenUsageRequest> FindUsages(string root, IEnumerable<string> files)
        {
            List<TokenUsageRequest> usages = files
                .Where(TextUsageFinder.IsUsageFile)
                .OrderBy(f => f, StringComparer.Ordinal)
                .SelectMany(file => TextUsageFinder.Find(file, File.ReadAllText(file)))
                .Select(u => new TokenUsageRequest(u.Kind, u.Name))
                .ToList();

            // ManifestEditor skips keys already registered, so the env and config forms of one key collapse.
            return usages.GroupBy(u => UsageMatcher.Normalize(u.Name)).Select(g => g.First()).ToList();
        }
    }
}
