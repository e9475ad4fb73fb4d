using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>The manifest as one compilation sees it: loaded, or why not (TG0007).</summary>
    internal sealed class ManifestState
    {
        private ManifestState(string displayPath, UsageMatcher? matcher, string? problem, Location problemLocation, string? path = null, TokenManifest? manifest = null, SourceText? text = null)
        {
            DisplayPath = displayPath;
            Matcher = matcher;
            Problem = problem;
            ProblemLocation = problemLocation;
            Path = path;
            Manifest = manifest;
            Text = text;
        }

        /// <summary>The manifest file's path, when loaded.</summary>
        public string? Path { get; }

        public TokenManifest? Manifest { get; }

        public SourceText? Text { get; }

        public string DisplayPath { get; }

        /// <summary>Null when the manifest is missing or unreadable; per-usage checks then pause.</summary>
        public UsageMatcher? Matcher { get; }

        /// <summary>Why <see cref="Matcher"/> is null, for TG0007.</summary>
        public string? Problem { get; }

        public Location ProblemLocation { get; }

        public static ManifestState Missing(string? configuredPath) => new ManifestState(
            Conventions.ManifestFileName,
            null,
            configuredPath is null
                ? "No tokens.yaml found in the project folder or above it; create one at the repository root or set TokenGuardManifest"
                : $"The manifest '{configuredPath}' set by TokenGuardManifest does not exist",
            Location.None);

        public static ManifestState Unreadable(string path, string problem, Location location) =>
            new ManifestState(System.IO.Path.GetFileName(path), null, problem, location);

        public static ManifestState Loaded(string path, TokenManifest manifest, SourceText text) =>
            new ManifestState(System.IO.Path.GetFileName(path), new UsageMatcher(manifest), null, Location.None, path, manifest, text);

        /// <summary>TG0010 for a read that <paramref name="entry"/> registers; the inventory task reads its properties.</summary>
        public Diagnostic UsageLocated(Location location, ManifestEntry entry, ImmutableDictionary<string, string?> usage) => Diagnostic.Create(
            Descriptors.TokenUsageLocated,
            location,
            usage.Entry(entry),
            entry.Id ?? "(no id)",
            DisplayPath,
            string.IsNullOrWhiteSpace(entry.Owner) ? "unset" : entry.Owner,
            entry.NeverExpires ? "never" : (entry.Expires is System.DateTime expires ? Conventions.FormatDate(expires) : null) ?? "unset");

        /// <summary>Where an entry starts in the manifest, for diagnostics reported on it.</summary>
        public Location LocationOf(ManifestEntry entry) =>
            Path is null || Text is null ? Location.None : ManifestProvider.LocationIn(Path, Text, entry.Location);
    }
}
