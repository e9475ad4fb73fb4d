using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Finds the manifest among the AdditionalFiles and parses it once. Parses are cached by the file's
    /// SourceText, which the IDE keeps while the file is unchanged, so typing in C# never re-parses YAML.
    /// </summary>
    internal static class ManifestProvider
    {
        private static readonly ConditionalWeakTable<SourceText, ManifestLoadResult> Cache =
            new ConditionalWeakTable<SourceText, ManifestLoadResult>();

        public static ManifestState Get(AnalyzerOptions options, AnalyzerSettings settings, System.Threading.CancellationToken cancellationToken)
        {
            AdditionalText? file = Find(options, settings.ManifestPath);
            if (file is null) return ManifestState.Missing(settings.ManifestPath);

            SourceText? text = file.GetText(cancellationToken);
            if (text is null)
            {
                return ManifestState.Unreadable(file.Path, $"The manifest '{file.Path}' could not be read", Location.None);
            }

            ManifestLoadResult result = Cache.GetValue(text, t => ManifestLoader.Load(file.Path, t.ToString()));
            if (result.Manifest is null)
            {
                ManifestDiagnostic error = result.Diagnostics.First(d => d.Severity == ManifestSeverity.Error);
                return ManifestState.Unreadable(file.Path, $"The manifest cannot be read ({error.Id}: {error.Message})", LocationIn(file.Path, text, error.Location));
            }

            return ManifestState.Loaded(file.Path, result.Manifest, text);
        }

        private static AdditionalText? Find(AnalyzerOptions options, string? configuredPath)
        {
            if (configuredPath != null)
            {
                string wanted = Normalize(configuredPath);
                return options.AdditionalFiles.FirstOrDefault(f => string.Equals(Normalize(f.Path), wanted, StringComparison.OrdinalIgnoreCase));
            }

            return options.AdditionalFiles.FirstOrDefault(f => IsManifestName(Path.GetFileName(f.Path)));
        }

        internal static bool IsManifestName(string fileName) => Conventions.IsManifestFileName(fileName);

        private static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path).Replace('\\', '/');
            }
            catch (ArgumentException)
            {
                return path.Replace('\\', '/');
            }
        }

        internal static Location LocationIn(string path, SourceText text, SourceLocation at)
        {
            int line = Math.Max(0, Math.Min(at.Line - 1, text.Lines.Count - 1));
            TextLine textLine = text.Lines[line];
            int column = Math.Max(0, Math.Min(at.Column - 1, textLine.Span.Length));
            var start = new LinePosition(line, column);
            return Location.Create(path, new TextSpan(textLine.Start + column, 0), new LinePositionSpan(start, start));
        }
    }
}
