using Microsoft.CodeAnalysis;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>The manifest as one compilation sees it: loaded, or why not (TG0007).</summary>
    internal sealed class ManifestState
    {
        private ManifestState(string displayPath, UsageMatcher? matcher, string? problem, Location problemLocation)
        {
            DisplayPath = displayPath;
            Matcher = matcher;
            Problem = problem;
            ProblemLocation = problemLocation;
        }

        public string DisplayPath { get; }

        /// <summary>Null when the manifest is missing or unreadable; per-usage checks then pause.</summary>
        public UsageMatcher? Matcher { get; }

        /// <summary>Why <see cref="Matcher"/> is null, for TG0007.</summary>
        public string? Problem { get; }

        public Location ProblemLocation { get; }

        public static ManifestState Missing(string? configuredPath) => new ManifestState(
            "tokens.yaml",
            null,
            configuredPath is null
                ? "No tokens.yaml found in the project folder or above it; create one at the repository root or set TokenGuardManifest"
                : $"The manifest '{configuredPath}' set by TokenGuardManifest does not exist",
            Location.None);

        public static ManifestState Unreadable(string path, string problem, Location location) =>
            new ManifestState(System.IO.Path.GetFileName(path), null, problem, location);

        public static ManifestState Loaded(string path, TokenManifest manifest) =>
            new ManifestState(System.IO.Path.GetFileName(path), new UsageMatcher(manifest), null, Location.None);
    }
}
