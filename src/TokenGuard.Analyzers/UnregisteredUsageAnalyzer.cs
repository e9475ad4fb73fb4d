using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenGuard.Detection;
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
        public const string KeyProperty = "Key";
        public const string KindProperty = "Kind";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnregisteredUsage, Descriptors.ManifestMissingOrUnreadable);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                AnalyzerSettings settings = AnalyzerSettings.From(start.Options);
                ManifestState manifest = ManifestProvider.Get(start.Options, settings, start.CancellationToken);
                if (manifest.Matcher is null)
                {
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(
                        Diagnostic.Create(Descriptors.ManifestMissingOrUnreadable, manifest.ProblemLocation, manifest.Problem)));
                    return;
                }

                var analysis = new Analysis(
                    manifest,
                    settings.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    start.Compilation.GetTypeByMetadataName("System.Environment"),
                    start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration"));
                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
                if (analysis.CanReadConfiguration)
                {
                    start.RegisterOperationAction(analysis.AnalyzePropertyReference, OperationKind.PropertyReference);
                }
            });
        }

        private sealed class Analysis
        {
            private readonly ManifestState _manifest;
            private readonly DiagnosticSeverity _severity;
            private readonly INamedTypeSymbol? _environment;
            private readonly INamedTypeSymbol? _configuration;

            public Analysis(ManifestState manifest, DiagnosticSeverity severity, INamedTypeSymbol? environment, INamedTypeSymbol? configuration)
            {
                _manifest = manifest;
                _severity = severity;
                _environment = environment;
                _configuration = configuration;
            }

            public bool CanReadConfiguration => _configuration != null;

            /// <summary><c>Environment.GetEnvironmentVariable("NAME")</c>.</summary>
            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                IMethodSymbol method = invocation.TargetMethod;
                if (method.Name != "GetEnvironmentVariable" || invocation.Arguments.Length == 0) return;
                if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, _environment)) return;
                Check(context, invocation.Arguments[0].Value, TokenReadKind.EnvironmentVariable);
            }

            /// <summary><c>configuration["Section:Key"]</c> on IConfiguration or anything implementing it.</summary>
            public void AnalyzePropertyReference(OperationAnalysisContext context)
            {
                var reference = (IPropertyReferenceOperation)context.Operation;
                if (!reference.Property.IsIndexer || reference.Arguments.Length != 1) return;
                INamedTypeSymbol type = reference.Property.ContainingType;
                bool isConfiguration = SymbolEqualityComparer.Default.Equals(type, _configuration)
                    || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, _configuration));
                if (!isConfiguration) return;
                Check(context, reference.Arguments[0].Value, TokenReadKind.ConfigurationKey);
            }

            private void Check(OperationAnalysisContext context, IOperation keyOperation, TokenReadKind kind)
            {
                if (!(keyOperation.ConstantValue.HasValue && keyOperation.ConstantValue.Value is string key)) return;
                if (!SecretNames.LooksLikeSecret(key) || _manifest.Matcher!.Find(key) != null) return;

                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                    .Add(KeyProperty, key)
                    .Add(KindProperty, kind == TokenReadKind.EnvironmentVariable ? TokenUsage.EnvironmentKind : TokenUsage.ConfigurationKind);
                string what = kind == TokenReadKind.EnvironmentVariable ? "environment variable" : "configuration key";
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnregisteredUsage,
                    keyOperation.Syntax.GetLocation(),
                    _severity,
                    additionalLocations: null,
                    properties,
                    what,
                    key,
                    _manifest.DisplayPath));
            }
        }
    }
}
