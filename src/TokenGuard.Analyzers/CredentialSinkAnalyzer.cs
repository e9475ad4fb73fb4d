using System;
using System.Collections.Generic;
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
    /// Follows what flows into credential parameters (<c>AuthenticationHeaderValue</c>, <c>NetworkCredential</c>,
    /// <c>AzureKeyCredential</c>, SDK clients, <c>Authorization</c> headers …): a literal is a hard-coded
    /// secret (TG0002), a configuration or environment read must be registered whatever the key's name
    /// (TG0003), and anything else is noted as untraceable (TG0009, info). Sinks come from the built-in table,
    /// the <c>tokenguard.credential_sinks</c> option and the manifest's <c>sinks:</c> list.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CredentialSinkAnalyzer : DiagnosticAnalyzer
    {
        private const string SinksOption = "tokenguard.credential_sinks";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.HardCodedCredential, Descriptors.UnregisteredUsage, Descriptors.UntraceableCredential);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                AnalyzerSettings settings = AnalyzerSettings.From(start.Options);
                ManifestState manifest = ManifestProvider.Get(start.Options, settings, start.CancellationToken);
                start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(SinksOption, out string? extra);
                IEnumerable<CredentialSink> sinks = CredentialSinks.Default
                    .Concat(CredentialSinks.Parse(extra, out _))
                    .Concat(manifest.Manifest?.Sinks ?? Enumerable.Empty<CredentialSink>());
                var analysis = new Analysis(
                    manifest,
                    settings.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    new TokenReadResolver(start.Compilation),
                    SinkIndex.Create(sinks, start.Compilation),
                    start.Compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders"));
                start.RegisterOperationAction(analysis.AnalyzeCall, OperationKind.Invocation, OperationKind.ObjectCreation);
                if (!analysis.IsEmpty) start.RegisterOperationAction(analysis.AnalyzeAssignment, OperationKind.SimpleAssignment);
            });
        }

        /// <summary>Sinks keyed by the symbols of their declaring types, resolved once per compilation.</summary>
        private sealed class SinkIndex
        {
            private readonly Dictionary<INamedTypeSymbol, List<CredentialSink>> _byType;

            private SinkIndex(Dictionary<INamedTypeSymbol, List<CredentialSink>> byType) => _byType = byType;

            public bool IsEmpty => _byType.Count == 0;

            public static SinkIndex Create(IEnumerable<CredentialSink> sinks, Compilation compilation)
            {
                var byType = new Dictionary<INamedTypeSymbol, List<CredentialSink>>(SymbolEqualityComparer.Default);
                foreach (CredentialSink sink in sinks)
                {
                    if (!(compilation.GetTypeByMetadataName(sink.TypeName) is INamedTypeSymbol type)) continue;
                    if (!byType.TryGetValue(type, out List<CredentialSink>? list)) byType[type] = list = new List<CredentialSink>();
                    list.Add(sink);
                }

                return new SinkIndex(byType);
            }

            public IEnumerable<CredentialSink> For(ISymbol member)
            {
                if (!(member.ContainingType is INamedTypeSymbol type) || !_byType.TryGetValue(type.OriginalDefinition, out List<CredentialSink>? sinks)) return Enumerable.Empty<CredentialSink>();
                string name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? ".ctor" : member.Name;
                return sinks.Where(s => s.MemberName == name);
            }
        }

        private sealed class Analysis
        {
            private readonly ManifestState _manifest;
            private readonly DiagnosticSeverity _severity;
            private readonly TokenReadResolver _resolver;
            private readonly SinkIndex _sinks;
            private readonly INamedTypeSymbol? _httpHeaders;

            public Analysis(ManifestState manifest, DiagnosticSeverity severity, TokenReadResolver resolver, SinkIndex sinks, INamedTypeSymbol? httpHeaders)
            {
                _manifest = manifest;
                _severity = severity;
                _resolver = resolver;
                _sinks = sinks;
                _httpHeaders = httpHeaders;
            }

            public bool IsEmpty => _sinks.IsEmpty && _httpHeaders is null;

            public void AnalyzeCall(OperationAnalysisContext context)
            {
                (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = context.Operation switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                    _ => (null, default),
                };
                if (method is null) return;

                var inspected = new HashSet<IArgumentOperation>();
                foreach (CredentialSink sink in _sinks.For(method))
                {
                    IArgumentOperation? argument = arguments.FirstOrDefault(a => a.Parameter?.Name == sink.ParameterName);
                    if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue) continue;
                    Inspect(context, argument.Value, sink.Display);
                    inspected.Add(argument);
                }

                if (IsCredentialHeaderAdd(method, arguments, out IOperation? value, out string? header))
                {
                    Inspect(context, value!, "the '" + header + "' header");
                    return;
                }

                foreach (IArgumentOperation argument in arguments)
                {
                    if (!inspected.Contains(argument)) ReportIfSecretToSecretParameter(context, argument);
                }
            }

            /// <summary>
            /// Outside the sink table, a parameter named like a secret (<c>new ApiClient(apiKey: …)</c>) makes a
            /// random-looking literal argument a likely hard-coded secret, as a declaration's name does (TG0002).
            /// </summary>
            private void ReportIfSecretToSecretParameter(OperationAnalysisContext context, IArgumentOperation argument)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null) return;
                IOperation operation = TokenReadResolver.Unwrap(argument.Value);
                if (!(operation is ILiteralOperation) || !(operation.ConstantValue.Value is string literal)) return;
                if (IsReportedBySyntax(operation)) return;
                var position = ValuePosition.SecretParameter(parameterName: argument.Parameter.Name);
                SecretVerdict verdict = SecretDecision.Decide(literal, position, _manifest.Matcher);
                if (verdict.IsGenericSecret) context.ReportDiagnostic(SecretDiagnostics.GenericSecret(operation.Syntax.GetLocation(), position, verdict));
            }

            public void AnalyzeAssignment(OperationAnalysisContext context)
            {
                var assignment = (ISimpleAssignmentOperation)context.Operation;
                if (!(assignment.Target is IPropertyReferenceOperation property)) return;
                foreach (CredentialSink sink in _sinks.For(property.Property))
                {
                    Inspect(context, assignment.Value, sink.Display);
                }
            }

            // headers.Add("Authorization", value) / TryAddWithoutValidation on any HttpHeaders.
            private bool IsCredentialHeaderAdd(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, out IOperation? value, out string? header)
            {
                value = null;
                header = null;
                if (_httpHeaders is null || (method.Name != "Add" && method.Name != "TryAddWithoutValidation")) return false;
                if (!InheritsFrom(method.ContainingType, _httpHeaders) || arguments.Length != 2) return false;
                header = TokenReadResolver.ConstantString(arguments[0].Value);
                if (header is null || !CredentialSinks.CredentialHeaders.Contains(header)) return false;
                value = arguments[1].Value;
                return value.Type?.SpecialType == SpecialType.System_String;
            }

            private void Inspect(OperationAnalysisContext context, IOperation value, string sinkDisplay)
            {
                IOperation operation = TokenReadResolver.Unwrap(value);
                if (operation.ConstantValue.HasValue)
                {
                    if (operation.ConstantValue.Value is string literal) ReportIfHardCoded(context, operation, literal, sinkDisplay);
                    return;
                }

                // "Bearer " + token, $"token {token}": the credential is in the non-constant parts.
                IOperation[] parts = NonConstantParts(operation).ToArray();
                foreach (IOperation part in parts.Length == 0 ? new[] { operation } : parts)
                {
                    InspectSource(context, part, sinkDisplay);
                }
            }

            private void InspectSource(OperationAnalysisContext context, IOperation operation, string sinkDisplay)
            {
                TokenRead? read = _resolver.Resolve(operation) ?? (operation is ILocalReferenceOperation local ? ReadAssignedTo(local) : null);
                if (read is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UntraceableCredential, operation.Syntax.GetLocation(), sinkDisplay));
                    return;
                }

                // Token-like keys are checked where they are read (UnregisteredUsageAnalyzer); here the sink
                // proves the key is a token whatever its name.
                if (_manifest.Matcher is null || TokenKeys.IsTokenKey(read.Key)) return;
                if (TokenKeys.EntryFor(_manifest.Matcher, read) is null)
                {
                    context.ReportDiagnostic(UnregisteredUsageReport.Create(read, _manifest, _severity));
                }
            }

            private void ReportIfHardCoded(OperationAnalysisContext context, IOperation operation, string literal, string sinkDisplay)
            {
                if (IsReportedBySyntax(operation)) return;
                var position = ValuePosition.CredentialSink(sinkDisplay: sinkDisplay);
                SecretVerdict verdict = SecretDecision.Decide(literal, position, _manifest.Matcher);
                if (verdict.IsGenericSecret) context.ReportDiagnostic(SecretDiagnostics.GenericSecret(operation.Syntax.GetLocation(), position, verdict));
            }

            /// <summary>
            /// A literal whose syntax alone shows it is a credential (<c>Login("admin", "…")</c>, <c>"Bearer " + "…"</c>) is
            /// HardCodedTokenAnalyzer's to report, as <c>tokenguard scan</c> does; reporting it here as well would double it.
            /// </summary>
            private bool IsReportedBySyntax(IOperation operation) =>
                operation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax syntax && LiteralSyntax.IsReportedAsAuthentication(syntax, _manifest.Matcher);

            private TokenRead? ReadAssignedTo(ILocalReferenceOperation local) =>
                TokenReadResolver.InitializerOf(local) is IOperation value ? _resolver.Resolve(value) : null;

            private static IEnumerable<IOperation> NonConstantParts(IOperation operation)
            {
                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                        return NonConstantParts(TokenReadResolver.Unwrap(binary.LeftOperand)).Concat(NonConstantParts(TokenReadResolver.Unwrap(binary.RightOperand)));
                    case IInterpolatedStringOperation interpolated:
                        return interpolated.Parts.OfType<IInterpolationOperation>().Select(p => TokenReadResolver.Unwrap(p.Expression)).Where(e => !e.ConstantValue.HasValue);
                    default:
                        return operation.ConstantValue.HasValue ? Enumerable.Empty<IOperation>() : new[] { operation };
                }
            }

            private static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
            {
                for (; type != null; type = type.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, baseType)) return true;
                }

                return false;
            }
        }
    }
}
