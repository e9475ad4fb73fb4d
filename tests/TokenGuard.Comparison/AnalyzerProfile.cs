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
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;

namespace TokenGuard.Comparison
{
    /// <summary>
    /// TokenGuard's analyzers in-process over the cost corpus: each analyzer type's own execution time as Roslyn's
    /// analyzer driver reports it (the figure behind <c>-p:ReportAnalyzer=true</c>), median of several rounds, each on a
    /// fresh compilation. No MSBuild and no other package, so it takes about two minutes and is steadier than the
    /// full cost comparison: the loop to use while making an analyzer faster.
    /// </summary>
    public static class AnalyzerProfile
    {
        public sealed record AnalyzerCost(string Analyzer, double MedianMs, double MinMs, int Diagnostics);

        public static IReadOnlyList<AnalyzerCost> Measure(string corpusRoot, int rounds, Action<string>? log = null)
        {
            if (rounds < 1) throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "at least one measured round");
            List<SyntaxTree> trees = Directory.GetFiles(corpusRoot, "*.cs", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), f))
                .ToList();
            ImmutableArray<AdditionalText> additional = Directory.GetFiles(corpusRoot, "appsettings*.json")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (AdditionalText)new FileText(f))
                .ToImmutableArray();
            // The running framework's own assemblies are the corpus' references (it uses only System.*).
            List<MetadataReference> references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(HardCodedTokenAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

            var times = analyzers.ToDictionary(a => a, _ => new List<double>());
            var counts = analyzers.ToDictionary(a => a, _ => 0);
            for (int round = 0; round <= rounds; round++)
            {
                var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
                CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, options);
                ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                Diagnostic? failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
                if (failure != null) throw new InvalidOperationException("an analyzer threw: " + failure.GetMessage(CultureInfo.InvariantCulture));

                // Round 0 warms up the JIT and is not counted.
                if (round == 0) continue;
                foreach (DiagnosticAnalyzer analyzer in analyzers)
                {
                    AnalyzerTelemetryInfo telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                    times[analyzer].Add(telemetry.ExecutionTime.TotalMilliseconds);
                    // Per analyzer, not per id: TG0002 comes from two of them. The driver has cached the results.
                    counts[analyzer] = withAnalyzers.GetAnalyzerDiagnosticsAsync(ImmutableArray.Create(analyzer), CancellationToken.None).GetAwaiter().GetResult().Length;
                }
                log?.Invoke($"  round {round}: " + string.Join(", ", analyzers.Select(a => $"{a.GetType().Name} {times[a][^1]:0} ms")));
            }

            return analyzers
                .Select(a => new AnalyzerCost(a.GetType().Name, Statistics.Median(times[a]), times[a].Min(), counts[a]))
                .ToList();
        }

        public static string Report(int lines, IReadOnlyList<AnalyzerCost> costs, int rounds)
        {
            var text = new StringBuilder("### TokenGuard's analyzers in-process\n\n");
            text.Append($"The cost corpus ({lines:N0} lines) analysed in one process with `CompilationWithAnalyzers` (Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, ")
                .Append($"sequential), each analyzer's execution time as the driver logs it, median and minimum of {rounds} rounds after a warm-up. ")
                .Append("Diagnostics: those the analyzer reported in the last round.\n\n");
            var rows = costs.Select(c => (IReadOnlyList<string>)new[]
            {
                "`" + c.Analyzer + "`",
                c.MedianMs.ToString("0", CultureInfo.InvariantCulture) + " ms",
                c.MinMs.ToString("0", CultureInfo.InvariantCulture) + " ms",
                c.Diagnostics.ToString(CultureInfo.InvariantCulture),
            }).ToList();
            text.Append(MarkdownTable.Render(new[] { "analyzer", "median", "minimum", "diagnostics" }, rows)).Append('\n');
            return text.ToString();
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
        }
    }
}
