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
        public sealed record AnalyzerCost(string Analyzer, double MedianMs, double MinMs, int Diagnostics, double? ThreadCpuMedianMs = null, long Callbacks = 0);

        /// <summary>
        /// The process's CPU time (user + system, all threads) spent in each measured round's analysis: unlike the
        /// driver's execution times, which are wall time inside callbacks, it does not grow with time spent waiting for a core.
        /// Includes the compiler's own work the analysis asks for (binding for the semantic model).
        /// </summary>
        public static IReadOnlyList<double> RoundCpuMs { get; private set; } = Array.Empty<double>();

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
                .Select(a => ThreadCpu ? new ThreadCpuAnalyzer(a) : a)
                .ToImmutableArray();
            var threadCpu = analyzers.ToDictionary(a => a, _ => new List<double>());

            var times = analyzers.ToDictionary(a => a, _ => new List<double>());
            var counts = analyzers.ToDictionary(a => a, _ => 0);
            var cpu = new List<double>();
            for (int round = 0; round <= rounds; round++)
            {
                var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
                CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, options);
                foreach (ThreadCpuAnalyzer timed in analyzers.OfType<ThreadCpuAnalyzer>()) timed.Reset();
                TimeSpan cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                double roundCpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                Diagnostic? failure = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
                if (failure != null) throw new InvalidOperationException("an analyzer threw: " + failure.GetMessage(CultureInfo.InvariantCulture));

                // Round 0 warms up the JIT and is not counted.
                if (round == 0) continue;
                cpu.Add(roundCpu);
                foreach (ThreadCpuAnalyzer timed in analyzers.OfType<ThreadCpuAnalyzer>()) threadCpu[timed].Add(timed.CpuMs);
                foreach (DiagnosticAnalyzer analyzer in analyzers)
                {
                    AnalyzerTelemetryInfo telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                    times[analyzer].Add(telemetry.ExecutionTime.TotalMilliseconds);
                    // Per analyzer, not per id: TG0002 comes from two of them. The driver has cached the results.
                    counts[analyzer] = withAnalyzers.GetAnalyzerDiagnosticsAsync(ImmutableArray.Create(analyzer), CancellationToken.None).GetAwaiter().GetResult().Length;
                }
                log?.Invoke($"  round {round}: " + string.Join(", ", analyzers.Select(a => $"{NameOf(a)} {times[a][^1]:0} ms" + (a is ThreadCpuAnalyzer t ? $" (thread CPU {t.CpuMs:0} ms, {t.Callbacks:N0} callbacks)" : ""))) + $"; process CPU {roundCpu:0} ms");
            }

            RoundCpuMs = cpu;

            return analyzers
                .Select(a => new AnalyzerCost(NameOf(a), Statistics.Median(times[a]), times[a].Min(), counts[a],
                    a is ThreadCpuAnalyzer t ? Statistics.Median(threadCpu[a]) : null, a is ThreadCpuAnalyzer c ? c.Callbacks : 0))
                .ToList();
        }

        /// <summary>TOKENGUARD_PROFILE_THREAD_CPU=1: also each analyzer's thread CPU time inside its callbacks (<see cref="ThreadCpuAnalyzer"/>; Linux only).</summary>
        private static bool ThreadCpu => Environment.GetEnvironmentVariable("TOKENGUARD_PROFILE_THREAD_CPU") == "1" && ThreadCpuAnalyzer.Available;

        private static string NameOf(DiagnosticAnalyzer analyzer) => (analyzer is ThreadCpuAnalyzer timed ? timed.Inner : analyzer).GetType().Name;

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
            if (costs.Any(c => c.ThreadCpuMedianMs.HasValue))
            {
                text.Append("Thread CPU: the CPU time of the calling thread inside the analyzer's callbacks (CLOCK_THREAD_CPUTIME_ID, the clock's own cost subtracted), median of the rounds; callbacks: of the last round.\n\n");
                rows = costs.Select(c => (IReadOnlyList<string>)new[]
                {
                    "`" + c.Analyzer + "`",
                    c.MedianMs.ToString("0", CultureInfo.InvariantCulture) + " ms",
                    c.MinMs.ToString("0", CultureInfo.InvariantCulture) + " ms",
                    (c.ThreadCpuMedianMs ?? 0).ToString("0", CultureInfo.InvariantCulture) + " ms",
                    c.Callbacks.ToString("N0", CultureInfo.InvariantCulture),
                    c.Diagnostics.ToString(CultureInfo.InvariantCulture),
                }).ToList();
                text.Append(MarkdownTable.Render(new[] { "analyzer", "median", "minimum", "thread CPU", "callbacks", "diagnostics" }, rows)).Append('\n');
            }
            else
            {
                text.Append(MarkdownTable.Render(new[] { "analyzer", "median", "minimum", "diagnostics" }, rows)).Append('\n');
            }
            if (RoundCpuMs.Count > 0)
            {
                text.Append("Process CPU time (user + system, all threads) of each round's analysis, which unlike the times above does not grow while a thread waits for a core: median ")
                    .Append(Statistics.Median(RoundCpuMs).ToString("0", CultureInfo.InvariantCulture)).Append(" ms (")
                    .Append(string.Join(", ", RoundCpuMs.Select(c => c.ToString("0", CultureInfo.InvariantCulture) + " ms"))).Append("), compilation included.\n\n");
            }
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
