using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// TG0003: code reads a secret-looking environment variable or configuration key that no manifest
    /// entry lists. TG0007 (once per compilation): the manifest is missing or unreadable, so these
    /// checks pause rather than flag every read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnregisteredUsageAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnregisteredUsage, Descriptors.UnusedManifestEntry, Descriptors.TokenUsageLocated, Descriptors.ManifestMissingOrUnreadable);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                AnalyzerSettings settings = AnalyzerSettings.From(start.Options);
                ManifestState manifest = ManifestProvider.Get(start.Options, settings, start.CancellationToken);
                // Written even when empty: a compile that finds no usage replaces the usages of an earlier one.
                UsageFile? usageFile = UsageFile.ForBuild(start.Options, UsageFiles.CodeFileName);
                if (usageFile != null) start.RegisterCompilationEndAction(end => usageFile.Write(end.CancellationToken));
                if (manifest.Matcher is null)
                {
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(
                        Diagnostic.Create(Descriptors.ManifestMissingOrUnreadable, manifest.ProblemLocation, manifest.Problem)));
                    return;
                }

                var analysis = new Analysis(manifest, settings.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, new TokenReadResolver(start.Compilation), usageFile);
                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
                if (analysis.CanReadConfiguration)
                {
                    start.RegisterOperationAction(analysis.AnalyzePropertyReference, OperationKind.PropertyReference);
                }

                start.RegisterCompilationEndAction(analysis.ReportUnusedEntries);
            });
        }

        private sealed class Analysis
        {
            private readonly ManifestState _manifest;
            private readonly DiagnosticSeverity _severity;
            private readonly TokenReadResolver _resolver;
            private readonly UsageFile? _usageFile;

            // Entries some read in this compilation matched; written concurrently by operation actions.
            private readonly ConcurrentDictionary<ManifestEntry, bool> _used = new ConcurrentDictionary<ManifestEntry, bool>();

            public Analysis(ManifestState manifest, DiagnosticSeverity severity, TokenReadResolver resolver, UsageFile? usageFile)
            {
                _manifest = manifest;
                _severity = severity;
                _resolver = resolver;
                _usageFile = usageFile;
            }

            public bool CanReadConfiguration => _resolver.CanReadConfiguration;

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (_resolver.Resolve(invocation) is TokenRead read)
                {
                    Check(context, read);
                    return;
                }

                if (!CanReadConfiguration) return;
                foreach (string key in OptionsBinding.SecretKeys(invocation, _resolver))
                {
                    Check(context, new TokenRead(TokenReadKind.ConfigurationKey, key, true, invocation.Syntax.GetLocation()));
                }
            }

            public void AnalyzePropertyReference(OperationAnalysisContext context)
            {
                if (_resolver.Resolve(context.Operation) is TokenRead read) Check(context, read);
            }

            /// <summary>TG0006: entries whose usages no read in this compilation matched.</summary>
            public void ReportUnusedEntries(CompilationAnalysisContext context)
            {
                foreach (ManifestEntry entry in _manifest.Manifest!.Entries)
                {
                    if (_used.ContainsKey(entry) || entry.Id is null) continue;
                    // An entry that only accepts a known literal by fingerprint has no reads to find.
                    if (entry.Usages.Count == 0 && entry.Fingerprints.Count > 0) continue;
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnusedManifestEntry, _manifest.LocationOf(entry), DiagnosticData.None.Entry(entry), entry.Id));
                }
            }

            private void Check(OperationAnalysisContext context, TokenRead read)
            {
                ManifestEntry? entry = TokenKeys.EntryFor(_manifest.Matcher!, read);
                if (entry != null)
                {
                    _used.TryAdd(entry, true);
                    context.ReportDiagnostic(_manifest.UsageLocated(read.KeyLocation, entry, DiagnosticData.None.Usage(read)));
                    _usageFile?.Add(read.KeyLocation, entry);
                }
                else if (TokenKeys.IsTokenKey(read.Key))
                {
                    context.ReportDiagnostic(UnregisteredUsageReport.Create(read, _manifest, _severity));
                }
            }
        }
    }
}
