using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Reports TG0003 on every string literal as an environment variable read, with TokenGuard's properties but a
    /// message worded unlike TokenGuard's (it even contains the "'…:" the old message test refused): a fix that
    /// still works against it reads properties, not text.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RewordedUsageAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Reworded = new DiagnosticDescriptor(
            DiagnosticIds.UnregisteredUsage,
            title: "Reworded",
            messageFormat: "'…:{0}' wird gelesen, steht aber nicht im Manifest",
            category: "Test",
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Reworded);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(
                node =>
                {
                    string name = ((LiteralExpressionSyntax)node.Node).Token.ValueText;
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty
                        .Add(DiagnosticProperties.UsageKind, TokenUsage.EnvironmentKind)
                        .Add(DiagnosticProperties.UsageName, name)
                        .Add(DiagnosticProperties.PrefixKnown, DiagnosticProperties.True);
                    node.ReportDiagnostic(Diagnostic.Create(Reworded, node.Node.GetLocation(), properties, name));
                },
                SyntaxKind.StringLiteralExpression);
        }
    }
}
