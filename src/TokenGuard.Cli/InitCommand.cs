using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TokenGuard.Detection;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>tokenguard init [path]</c>: a starting tokens.yaml with one entry per distinct token usage found
    /// (environment variables and configuration keys read in C#, secret-like keys in appsettings*.json),
    /// owners, scopes and expiries left as TODOs the build rejects, like a detect-secrets baseline.
    /// </summary>
    internal static class InitCommand
    {
        // Text-level, as the command line has no compiler: string-literal keys only.
        private static readonly Regex EnvironmentRead = new Regex(@"GetEnvironmentVariable\(\s*""([^""]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex ConfigurationRead = new Regex(@"(?:\[|GetValue<[^>]+>\()\s*""([A-Za-z0-9_.:-]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        private static readonly Regex ConnectionStringRead = new Regex(@"GetConnectionString\(\s*""([A-Za-z0-9_.-]+)""", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
            var usages = new List<TokenUsageRequest>();
            foreach (string file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    string text = File.ReadAllText(file);
                    usages.AddRange(EnvironmentRead.Matches(text).Select(m => m.Groups[1].Value).Where(SecretNames.LooksLikeSecret).Select(k => new TokenUsageRequest(TokenUsage.EnvironmentKind, k)));
                    usages.AddRange(ConfigurationRead.Matches(text).Select(m => m.Groups[1].Value).Where(SecretNames.LooksLikeSecret).Select(k => new TokenUsageRequest(TokenUsage.ConfigurationKind, k)));
                    usages.AddRange(ConnectionStringRead.Matches(text).Select(m => new TokenUsageRequest(TokenUsage.ConfigurationKind, "ConnectionStrings:" + m.Groups[1].Value)));
                }
                else if (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonSettingsResult settings = JsonSettingsReader.Read(File.ReadAllText(file));
                    usages.AddRange(settings.Settings.Select(s => s.Path).Where(SecretNames.LooksLikeSecret).Select(k => new TokenUsageRequest(TokenUsage.ConfigurationKind, k)));
                }
            }

            // ManifestEditor skips keys already registered, so the env and config forms of one key collapse.
            return usages.GroupBy(u => UsageMatcher.Normalize(u.Name)).Select(g => g.First()).ToList();
        }
    }
}
