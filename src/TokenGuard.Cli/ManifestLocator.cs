using System.IO;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>The repository's tokens.yaml, whose fingerprints accept known literals.</summary>
    internal static class ManifestLocator
    {
        public static UsageMatcher? Load(string root, string? explicitPath, TextWriter errors)
        {
            string path = explicitPath ?? Path.Combine(root, "tokens.yaml");
            if (!File.Exists(path)) return null;
            ManifestLoadResult result = ManifestLoader.Load(path, File.ReadAllText(path));
            foreach (ManifestDiagnostic diagnostic in result.Diagnostics)
            {
                errors.WriteLine($"{path}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.Message}");
            }

            return result.Manifest is null ? null : new UsageMatcher(result.Manifest);
        }
    }
}
