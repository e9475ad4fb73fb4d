using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// The project's <c>tokens.yaml</c> as a workspace AdditionalDocument (as Visual Studio and Rider
    /// load it), edited through <see cref="ManifestEditor"/>; created beside the project when absent.
    /// </summary>
    internal static class ManifestDocument
    {
        /// <summary>Overridable for tests; the date written as <c>created</c>.</summary>
        internal static Func<DateTime> Today { get; set; } = () => DateTime.UtcNow.Date;

        public static async Task<Solution> AddUsagesAsync(Project project, System.Collections.Generic.IReadOnlyList<TokenUsageRequest> usages, CancellationToken cancellationToken)
        {
            TextDocument? manifest = Find(project);
            if (manifest is null)
            {
                string text = ManifestEditor.AddUsages(ManifestEditor.EmptyManifest, usages, Today());
                string? directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
                return project.AddAdditionalDocument(Conventions.ManifestFileName, SourceText.From(text), filePath: directory is null ? null : Path.Combine(directory, Conventions.ManifestFileName)).Project.Solution;
            }

            SourceText current = await manifest.GetTextAsync(cancellationToken).ConfigureAwait(false);
            string edited = ManifestEditor.AddUsages(current.ToString(), usages, Today());
            return project.Solution.WithAdditionalDocumentText(manifest.Id, SourceText.From(edited, current.Encoding));
        }

        /// <summary>The manifest the analyzers read: the file TokenGuardManifest names, else tokens.yaml / tokens.yml.</summary>
        public static TextDocument? Find(Project project)
        {
            if (project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TokenGuardManifest", out string? configured)
                && !string.IsNullOrWhiteSpace(configured))
            {
                string wanted = Normalize(configured);
                return project.AdditionalDocuments.FirstOrDefault(d => d.FilePath != null && string.Equals(Normalize(d.FilePath), wanted, StringComparison.OrdinalIgnoreCase));
            }

            return project.AdditionalDocuments.FirstOrDefault(d => IsManifestName(d.Name));
        }

        public static bool CanEdit(Project project)
        {
            TextDocument? manifest = Find(project);
            if (manifest is null || !manifest.TryGetText(out SourceText? text)) return true;
            return ManifestLoader.Load(manifest.Name, text.ToString()).Manifest != null;
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        private static bool IsManifestName(string name) => Conventions.IsManifestFileName(name);
    }
}
