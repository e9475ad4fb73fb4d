using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
                SinkIndex sinkIndex = SinkIndex.Create(sinks, start.Compilation);
                INamedTypeSymbol? httpHeaders = start.Compilation.GetTypeByMetadataName("System.Net.Http.Headers.HttpHeaders");
                HashSet<string> aliases = sinkIndex.ConstructorTypeNames.Count > 0 ? SinkSyntax.AliasesOf(start.Compilation, start.CancellationToken) : new HashSet<string>();
                var analysis = new Analysis(
                    manifest,
                    settings.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    new TokenReadResolver(start.Compilation),
                    sinkIndex,
                    httpHeaders,
                    new SinkSyntax(sinkIndex, hasHeaders: httpHeaders != null, aliases));
                // One callback a file, not one a call, object creation and assignment (44,000 on the cost corpus, for each
                // of which the driver first builds the operation tree of the whole method): one walk of the file's nodes,
                // and the semantic model asked only about the few whose syntax could make them a report.
                start.RegisterSemanticModelAction(analysis.AnalyzeFile);
            });
        }

        private sealed class Analysis
        {
            private readonly ManifestState _manifest;
            private readonly DiagnosticSeverity _severity;
            private readonly TokenReadResolver _resolver;
            private readonly SinkIndex _sinks;
            private readonly INamedTypeSymbol? _httpHeaders;
            private readonly SinkSyntax _syntax;

            public Analysis(ManifestState manifest, DiagnosticSeverity severity, TokenReadResolver resolver, SinkIndex sinks, INamedTypeSymbol? httpHeaders, SinkSyntax syntax)
            {
                _syntax = syntax;
                _manifest = manifest;
                _severity = severity;
                _resolver = resolver;
                _sinks = sinks;
                _httpHeaders = httpHeaders;
            }

            public bool IsEmpty => _sinks.IsEmpty && _httpHeaders is null;

            /// <summary>
            /// The file's calls, object creations (also constructor initializers, primary constructors' bases, attributes,
            /// collection initializers' Add calls) and property assignments, from the one walk of the file's nodes shared with
            /// HardCodedTokenAnalyzer (<see cref="FileNodes"/>): the nodes the operation kinds
            /// Invocation, ObjectCreation and SimpleAssignment would bring, each looked at semantically only when
            /// <see cref="SinkSyntax"/> says its syntax could make it a report.
            /// </summary>
            [MethodImpl(HotPath.Optimized)]
            public void AnalyzeFile(SemanticModelAnalysisContext context)
            {
                List<SyntaxNode> calls = FileNodes.Of(context.SemanticModel.SyntaxTree, context.CancellationToken).Calls;
                foreach (SyntaxNode node in calls)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    switch ((SyntaxKind)node.RawKind)
                    {
                        case SyntaxKind.InvocationExpression:
                            if (_syntax.MayReportCall((InvocationExpressionSyntax)node)) AnalyzeCallAt(context, node);
                            break;
                        case SyntaxKind.ObjectCreationExpression:
                            var creation = (ObjectCreationExpressionSyntax)node;
                            if (creation.ArgumentList != null && _syntax.MayReportConstruction(SinkSyntax.SimpleName(creation.Type), creation.ArgumentList.Arguments)) AnalyzeCallAt(context, node);
                            break;
                        case SyntaxKind.ImplicitObjectCreationExpression:
                            if (_syntax.MayReportConstruction(typeName: null, ((ImplicitObjectCreationExpressionSyntax)node).ArgumentList.Arguments)) AnalyzeCallAt(context, node);
                            break;
                        case SyntaxKind.BaseConstructorInitializer:
                        case SyntaxKind.ThisConstructorInitializer:
                            if (_syntax.MayReportConstruction(typeName: null, ((ConstructorInitializerSyntax)node).ArgumentList.Arguments)) AnalyzeCallAt(context, node);
                            break;
                        case SyntaxKind.PrimaryConstructorBaseType:
                            var baseType = (PrimaryConstructorBaseTypeSyntax)node;
                            if (_syntax.MayReportConstruction(SinkSyntax.SimpleName(baseType.Type), baseType.ArgumentList.Arguments)) AnalyzeCallAt(context, node);
                            break;
                        case SyntaxKind.Attribute:
                            if (_syntax.MayReportAttribute((AttributeSyntax)node)) AnalyzeAttribute(context, (AttributeSyntax)node);
                            break;
                        case SyntaxKind.CollectionInitializerExpression:
                            var collection = (InitializerExpressionSyntax)node;
                            if (collection.Expressions.Any(_syntax.MayReportCollectionElement)) AnalyzeCollectionInitializer(context, collection);
                            break;
                        case SyntaxKind.SimpleAssignmentExpression:
                            if (!IsEmpty && _syntax.MayReportAssignment((AssignmentExpressionSyntax)node) && GetOperation(context, node) is ISimpleAssignmentOperation simple) AnalyzeAssignment(context, simple);
                            break;
                    }
                }
            }

            private static IOperation? GetOperation(SemanticModelAnalysisContext context, SyntaxNode node)
            {
                IOperation? operation = context.SemanticModel.GetOperation(node, context.CancellationToken);
                // A constructor initializer is a statement around the constructor's call.
                return operation is IExpressionStatementOperation statement ? statement.Operation : operation;
            }

            private void AnalyzeCallAt(SemanticModelAnalysisContext context, SyntaxNode node)
            {
                IOperation? operation = GetOperation(context, node);
                if (operation is IInvocationOperation || operation is IObjectCreationOperation) AnalyzeCall(context, operation);
            }

            // An attribute is a constructor call, and its named arguments assignments of its properties.
            private void AnalyzeAttribute(SemanticModelAnalysisContext context, AttributeSyntax attribute)
            {
                if (!(GetOperation(context, attribute) is IAttributeOperation { Operation: IObjectCreationOperation creation })) return;
                AnalyzeCall(context, creation);
                if (IsEmpty || creation.Initializer is null) return;
                foreach (ISimpleAssignmentOperation assignment in creation.Initializer.Initializers.OfType<ISimpleAssignmentOperation>())
                {
                    AnalyzeAssignment(context, assignment);
                }
            }

            private void AnalyzeCollectionInitializer(SemanticModelAnalysisContext context, InitializerExpressionSyntax collection)
            {
                if (!(GetOperation(context, collection) is IObjectOrCollectionInitializerOperation initializer)) return;
                foreach (IInvocationOperation add in initializer.Initializers.OfType<IInvocationOperation>())
                {
                    AnalyzeCall(context, add);
                }
            }

            private void AnalyzeCall(SemanticModelAnalysisContext context, IOperation call)
            {
                (IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments) = call switch
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
            private void ReportIfSecretToSecretParameter(SemanticModelAnalysisContext context, IArgumentOperation argument)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null) return;
                IOperation operation = TokenReadResolver.Unwrap(argument.Value);
                if (!(operation is ILiteralOperation) || !(operation.ConstantValue.Value is string literal)) return;
                if (IsReportedBySyntax(operation)) return;
                var position = ValuePosition.SecretParameter(parameterName: argument.Parameter.Name);
                SecretVerdict verdict = SecretDecision.Decide(literal, position, _manifest.Matcher);
                if (verdict.IsGenericSecret) context.ReportDiagnostic(SecretDiagnostics.GenericSecret(operation.Syntax.GetLocation(), position, verdict));
            }

            private void AnalyzeAssignment(SemanticModelAnalysisContext context, ISimpleAssignmentOperation assignment)
            {
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

            private void Inspect(SemanticModelAnalysisContext context, IOperation value, string sinkDisplay)
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

            private void InspectSource(SemanticModelAnalysisContext context, IOperation operation, string sinkDisplay)
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

            private void ReportIfHardCoded(SemanticModelAnalysisContext context, IOperation operation, string literal, string sinkDisplay)
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
