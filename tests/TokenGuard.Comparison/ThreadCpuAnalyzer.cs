using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

#pragma warning disable RS1001, RS1012, RS1025, RS1026 // a wrapper around analyzers the profile runs, not an analyzer of its own

namespace TokenGuard.Comparison
{
    /// <summary>
    /// An analyzer as it is, with the CPU time of the calling thread inside each of its callbacks added up
    /// (Linux CLOCK_THREAD_CPUTIME_ID). The driver's execution time is wall time inside callbacks and grows while a
    /// thread waits for a core; this does not. What the profile uses to compare an analyzer before and after a change on
    /// a loaded machine. Each callback pays two clock reads (<see cref="ClockOverheadNs"/>), subtracted per callback.
    /// </summary>
    public sealed class ThreadCpuAnalyzer : DiagnosticAnalyzer
    {
        private long _ns;
        private long _callbacks;

        public ThreadCpuAnalyzer(DiagnosticAnalyzer inner) => Inner = inner;

        public DiagnosticAnalyzer Inner { get; }

        public double CpuMs => Math.Max(0, Interlocked.Read(ref _ns) - Interlocked.Read(ref _callbacks) * ClockOverheadNs) / 1e6;

        public long Callbacks => Interlocked.Read(ref _callbacks);

        public void Reset()
        {
            Interlocked.Exchange(ref _ns, 0);
            Interlocked.Exchange(ref _callbacks, 0);
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => Inner.Initialize(new Context(context, this));

        public static bool Available => RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        /// <summary>The thread CPU time of one pair of clock reads, measured once.</summary>
        public static readonly long ClockOverheadNs = MeasureOverhead();

        [StructLayout(LayoutKind.Sequential)]
        private struct Timespec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out Timespec time);

        private static long Now()
        {
            ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out Timespec t);
            return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        }

        private static long MeasureOverhead()
        {
            if (!Available) return 0;
            const int n = 200_000;
            long start = Now();
            for (int i = 0; i < n; i++)
            {
                Now();
                Now();
            }

            return (Now() - start) / n;
        }

        private Action<T> Timed<T>(Action<T> action) => argument =>
        {
            long start = Now();
            try
            {
                action(argument);
            }
            finally
            {
                Interlocked.Add(ref _ns, Now() - start);
                Interlocked.Increment(ref _callbacks);
            }
        };

        private sealed class Context : AnalysisContext
        {
            private readonly AnalysisContext _inner;
            private readonly ThreadCpuAnalyzer _meter;

            public Context(AnalysisContext inner, ThreadCpuAnalyzer meter)
            {
                _inner = inner;
                _meter = meter;
            }

            public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();
            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);
            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                _inner.RegisterCompilationStartAction(_meter.Timed<CompilationStartAnalysisContext>(start => action(new StartContext(start, _meter))));
            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationAction(_meter.Timed(action));
            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(_meter.Timed(action));
            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(_meter.Timed(action));
            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(_meter.Timed(action));
            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(_meter.Timed(action), symbolKinds);
            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();
            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(_meter.Timed(action));
            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _inner.RegisterSyntaxNodeAction(_meter.Timed(action), syntaxKinds);
            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _inner.RegisterOperationAction(_meter.Timed(action), operationKinds);
        }

        private sealed class StartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext _inner;
            private readonly ThreadCpuAnalyzer _meter;

            public StartContext(CompilationStartAnalysisContext inner, ThreadCpuAnalyzer meter)
                : base(inner.Compilation, inner.Options, inner.CancellationToken)
            {
                _inner = inner;
                _meter = meter;
            }

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => _inner.RegisterCompilationEndAction(_meter.Timed(action));
            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _inner.RegisterSemanticModelAction(_meter.Timed(action));
            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _inner.RegisterSymbolAction(_meter.Timed(action), symbolKinds);
            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw new NotSupportedException();
            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _inner.RegisterCodeBlockAction(_meter.Timed(action));
            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _inner.RegisterSyntaxTreeAction(_meter.Timed(action));
            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _inner.RegisterAdditionalFileAction(_meter.Timed(action));
            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => _inner.RegisterSyntaxNodeAction(_meter.Timed(action), syntaxKinds);
            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _inner.RegisterOperationAction(_meter.Timed(action), operationKinds);
        }
    }
}
