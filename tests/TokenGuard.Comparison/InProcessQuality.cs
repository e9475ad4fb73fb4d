using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;

namespace TokenGuard.Comparison
{
    /// <summary>
    /// Detection quality of TokenGuard's analyzers run in-process (no package, no MSBuild, no peers): the default
    /// corpus scored on TG0001, TG0002 and TG0004, and the held-out reach corpus (<see cref="ReachCorpus"/>) on TG0002
    /// alone. Minutes faster than the full comparison, for the loop of changing the generic rule.
    /// Usage: tests/run-comparison.sh reach [--seed N] (the reach corpus' seed; the default corpus keeps seed 7).
    /// </summary>
    public static class InProcessQuality
    {
        public const int DefaultReachSeed = 2026;

        public static string Run(string output, int reachSeed, Action<string>? log = null)
        {
            var standard = CorpusGenerator.Generate(Path.Combine(output, "corpus-inprocess"), new CorpusOptions());
            ToolScore standardScore = Scorer.Score("TokenGuard", standard.Labels, Findings(standard.Root, new[] { "TG0001", "TG0002", "TG0004" }));
            log?.Invoke($"default corpus: {Line(standardScore.Total)}");

            var reach = ReachCorpus.Generate(Path.Combine(output, "reach"), reachSeed);
            ToolScore reachScore = Scorer.Score("TokenGuard TG0002", reach.Labels, Findings(reach.Root, new[] { "TG0002" }));
            log?.Invoke($"reach corpus (seed {reachSeed}): {Line(reachScore.Total)}");
            return Report(standard, standardScore, reach, reachScore, reachSeed);
        }

        /// <summary>The analyzers' findings of <paramref name="ids"/> over every C# file and appsettings*.json under root.</summary>
        public static IReadOnlyList<Finding> Findings(string root, IReadOnlyCollection<string> ids)
        {
            List<SyntaxTree> trees = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), Path.GetRelativePath(root, f).Replace('\\', '/')))
                .ToList();
            ImmutableArray<AdditionalText> settings = Directory.GetFiles(root, "appsettings*.json")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (AdditionalText)new FileText(Path.GetFileName(f), File.ReadAllText(f)))
                .ToImmutableArray();
            List<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedTokenAnalyzer(), new CredentialSinkAnalyzer(), new AppSettingsAnalyzer());
            var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(analyzers, new AnalyzerOptions(settings)).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Diagnostic? failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
            if (failure != null) throw new InvalidOperationException("an analyzer threw: " + failure.GetMessage(CultureInfo.InvariantCulture));
            return diagnostics.Where(d => ids.Contains(d.Id))
                .Select(d => new Finding(d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
                .ToList();
        }

        private static string Report(Corpus standard, ToolScore standardScore, Corpus reach, ToolScore reachScore, int reachSeed)
        {
            var text = new StringBuilder("### TokenGuard in-process: default corpus and the held-out reach corpus\n\n");
            text.Append($"Default corpus (seed 7, {standard.Labels.Count} labels), TG0001 + TG0002 + TG0004: {Line(standardScore.Total)}.\n\n");
            int secrets = reach.Labels.Count(l => l.IsSecret);
            text.Append($"Reach corpus (seed {reachSeed}, `ReachCorpus.cs`): {reach.Files} files, {secrets} generic secrets, {reach.Labels.Count - secrets} look-alikes; TG0002 only: {Line(reachScore.Total)}.\n\n");
            text.Append(MarkdownTable.Render(new[] { "secrets in position", "labels", "found by TG0002" }, Rows(reachScore.Outcomes.Where(o => o.Label.IsSecret), o => o.Label.Position))).Append('\n');
            text.Append(MarkdownTable.Render(new[] { "look-alike", "labels", "flagged by TG0002" }, Rows(reachScore.Outcomes.Where(o => !o.Label.IsSecret), o => o.Label.Kind))).Append('\n');
            foreach (var miss in reachScore.Outcomes.Where(o => o.Label.IsSecret != o.Flagged).GroupBy(o => (o.Label.Kind, o.Label.Position)).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
                text.Append($"- {(miss.Key.Kind == "secret" ? "missed" : "false positive")}: {miss.Key.Kind} in {miss.Key.Position} ×{miss.Count()} (e.g. `{miss.First().Label.File}:{miss.First().Label.Line}`)\n");
            text.Append('\n');
            if (reachScore.UnlabelledFindings > 0) text.Append($"TG0002 findings on unlabelled lines: {reachScore.UnlabelledFindings}.\n\n");
            return text.ToString();
        }

        private static List<IReadOnlyList<string>> Rows(IEnumerable<LabelOutcome> outcomes, Func<LabelOutcome, string> key) =>
            outcomes.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (IReadOnlyList<string>)new[] { g.Key, g.Count().ToString(CultureInfo.InvariantCulture), g.Count(o => o.Flagged).ToString(CultureInfo.InvariantCulture) })
                .ToList();

        private static string Line(Score score) =>
            $"{score.TruePositives} TP, {score.FalsePositives} FP, {score.FalseNegatives} FN, precision {score.Precision:0.000}, recall {score.Recall:0.000}";

        private sealed class FileText : AdditionalText
        {
            private readonly SourceText _text;

            public FileText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
