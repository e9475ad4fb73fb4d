using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// TG0001: a token of a known format in a string literal (regular, verbatim, raw, UTF-8, the text of
    /// an interpolated string) or in a constant built from pieces (<c>"ghp_" + Rest</c>, constant
    /// interpolation), which grep-based scanners miss. Literals a manifest entry accepts by fingerprint
    /// are not reported. TG0002: a random-looking literal given to a secret-like name. What is reported is
    /// <see cref="SecretDecision"/>'s answer; this analyzer only finds the value and its receiving name.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedTokenAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HardCodedKnownToken, Descriptors.HardCodedCredential);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                ManifestState manifest = ManifestProvider.Get(start.Options, AnalyzerSettings.From(start.Options), start.CancellationToken);
                var analysis = new Analysis(TokenScanner.Default, manifest);
                // One callback a file, not one a literal, addition and interpolated string (331,000 of them on the cost
                // corpus, each doing next to nothing but paying the driver's bookkeeping): one walk of the file's nodes
                // finds the literals (which need no semantic model) and the constants built from pieces (which do).
                start.RegisterSemanticModelAction(analysis.AnalyzeFile);
            });
        }

        private sealed class Analysis
        {
            private readonly TokenScanner _scanner;
            private readonly ManifestState _manifest;

            public Analysis(TokenScanner scanner, ManifestState manifest)
            {
                _scanner = scanner;
                _manifest = manifest;
            }

            /// <summary>
            /// Every string literal (regular, verbatim, raw, UTF-8), interpolation text, addition and interpolated string of
            /// the file, from the one walk of its nodes shared with CredentialSinkAnalyzer (<see cref="FileNodes"/>): the nodes the
            /// kinds StringLiteralExpression, Utf8StringLiteralExpression, InterpolatedStringText, AddExpression and
            /// InterpolatedStringExpression would bring, without a callback (and the driver's bookkeeping) for each.
            /// </summary>
            [MethodImpl(HotPath.Optimized)]
            public void AnalyzeFile(SemanticModelAnalysisContext context)
            {
                List<SyntaxNode> strings = FileNodes.Of(context.SemanticModel.SyntaxTree, context.CancellationToken).Strings;
                foreach (SyntaxNode node in strings)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    switch ((SyntaxKind)node.RawKind)
                    {
                        case SyntaxKind.StringLiteralExpression:
                        case SyntaxKind.Utf8StringLiteralExpression:
                            AnalyzeLiteral(context, ((LiteralExpressionSyntax)node).Token, node, (LiteralExpressionSyntax)node);
                            break;
                        case SyntaxKind.InterpolatedStringText:
                            AnalyzeLiteral(context, ((InterpolatedStringTextSyntax)node).TextToken, node, node.Parent as InterpolatedStringExpressionSyntax);
                            break;
                        case SyntaxKind.AddExpression:
                        case SyntaxKind.InterpolatedStringExpression:
                            AnalyzeConstantExpression(context, node);
                            break;
                    }
                }
            }

            [MethodImpl(HotPath.Optimized)]
            private void AnalyzeLiteral(SemanticModelAnalysisContext context, SyntaxToken token, SyntaxNode node, ExpressionSyntax? expression)
            {
                string value = token.ValueText;

                // The value alone rules most literals out: no format's keyword, and neither a credential's shape nor an
                // authentication scheme, so no name or syntax around it could make it a secret (what PositionOf and
                // Decide would find, without asking them).
                if (!_scanner.MayContainToken(value, 0, value.Length) && !GenericSecrets.CouldBeSecretValue(value) && !AuthenticationSchemes.StartsWithScheme(value)) return;

                ValuePosition position = LiteralSyntax.PositionOf(expression, value);
                SecretVerdict verdict = SecretDecision.Decide(value, position, _manifest.Matcher);
                IReadOnlyList<TokenFinding> known = verdict.KnownTokens;
                for (int i = 0; i < known.Count; i++)
                {
                    context.ReportDiagnostic(SecretDiagnostics.KnownToken(Location.Create(context.SemanticModel.SyntaxTree, LiteralSyntax.KnownTokenSpan(token, value, known[i])), known[i]));
                }

                if (verdict.IsGenericSecret) context.ReportDiagnostic(SecretDiagnostics.GenericSecret(node.GetLocation(), position, verdict));
            }

            /// <summary>Constants assembled from pieces: reported on the outermost expression, once.</summary>
            [MethodImpl(HotPath.Optimized)]
            private void AnalyzeConstantExpression(SemanticModelAnalysisContext context, SyntaxNode node)
            {
                if (IsPartOfLargerConstant(node.Parent) || !CanBeConstantString((ExpressionSyntax)node)) return;

                context.CancellationToken.ThrowIfCancellationRequested();
                Optional<object?> constant = context.SemanticModel.GetConstantValue(node, context.CancellationToken);
                if (!constant.HasValue || !(constant.Value is string value)) return;

                SecretVerdict verdict = SecretDecision.Decide(value, ValuePosition.SourceConstant(), _manifest.Matcher);
                if (verdict.KnownTokens.Count == 0) return;

                // Tokens wholly inside one literal piece are already reported by AnalyzeLiteral.
                HashSet<string> inSinglePieces = LiteralSyntax.FingerprintsOfPieces(node, _scanner);
                foreach (TokenFinding finding in verdict.KnownTokens)
                {
                    if (inSinglePieces.Contains(finding.Fingerprint)) continue;
                    context.ReportDiagnostic(SecretDiagnostics.KnownToken(node.GetLocation(), finding));
                }
            }

            /// <summary>
            /// A cheap syntactic filter before asking the semantic model: a constant string is made only of
            /// string literals, names of constants, additions and interpolations of those. Arithmetic (a numeric
            /// literal) and anything computed at run time (calls, indexing, `new`) rule it out; most additions do.
            /// It allocates nothing, and walks a chain of additions in a loop, so thousands of pieces cannot exhaust the stack.
            /// </summary>
            [MethodImpl(HotPath.Optimized)]
            private static bool CanBeConstantString(ExpressionSyntax expression)
            {
                while (expression is BinaryExpressionSyntax binary)
                {
                    if (!binary.IsKind(SyntaxKind.AddExpression) || !CanBeConstantString(binary.Right)) return false;
                    expression = binary.Left;
                }

                switch (expression)
                {
                    case LiteralExpressionSyntax literal:
                        return literal.IsKind(SyntaxKind.StringLiteralExpression);
                    case IdentifierNameSyntax identifier:
                        return !IsParameterOfEnclosingFunction(identifier) && !IsVariableOfEnclosingBlock(identifier);
                    case MemberAccessExpressionSyntax member:
                        // Not the parameter check on the left: in `Secrets.Prefix` with a parameter `Secrets Secrets`,
                        // C# may still mean the type (the "Color Color" rule), so the semantic model decides.
                        return member.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                            && (member.Expression is IdentifierNameSyntax || CanBeConstantString(member.Expression));
                    case ParenthesizedExpressionSyntax parenthesized:
                        return CanBeConstantString(parenthesized.Expression);
                    case InterpolatedStringExpressionSyntax interpolated:
                        foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                        {
                            if (content is InterpolationSyntax hole && (hole.AlignmentClause != null || hole.FormatClause != null || !CanBeConstantString(hole.Expression))) return false;
                        }

                        return true;
                    default:
                        return false;
                }
            }

            /// <summary>
            /// A name inside the body of a method, local function or lambda that is one of that function's parameters is
            /// never a constant: a local of the same function may not reuse a parameter's name (CS0136), so nothing can
            /// shadow it. Outside the body (attributes, default values) parameters are not in scope, so the walk only
            /// answers yes when it came up through the innermost function's body. Ruling these out spares the semantic
            /// model most run-time concatenations (<c>"/orders/" + id</c>).
            /// </summary>
            [MethodImpl(HotPath.Optimized)]
            private static bool IsParameterOfEnclosingFunction(IdentifierNameSyntax identifier)
            {
                string name = identifier.Identifier.ValueText;
                SyntaxNode child = identifier;
                for (SyntaxNode? node = identifier.Parent; node != null; child = node, node = node.Parent)
                {
                    switch (node)
                    {
                        case SimpleLambdaExpressionSyntax lambda:
                            return child == lambda.Body && lambda.Parameter.Identifier.ValueText == name;
                        case ParenthesizedLambdaExpressionSyntax lambda:
                            return child == lambda.Body && HasParameter(lambda.ParameterList, name);
                        case AnonymousMethodExpressionSyntax method:
                            return child == method.Body && method.ParameterList != null && HasParameter(method.ParameterList, name);
                        case LocalFunctionStatementSyntax function:
                            return (child == function.Body || child == function.ExpressionBody) && HasParameter(function.ParameterList, name);
                        case BaseMethodDeclarationSyntax method:
                            bool inBody = child == method.Body || child == method.ExpressionBody
                                || (method is ConstructorDeclarationSyntax constructor && child == constructor.Initializer);
                            return inBody && HasParameter(method.ParameterList, name);
                        case MemberDeclarationSyntax _:
                            return false;
                    }
                }

                return false;
            }

            /// <summary>
            /// A name that a block around it, within the same function, declares as a local variable (<c>var path = …;</c>,
            /// not <c>const</c>) is that variable, never a constant: a local is in scope in its whole block and no name
            /// inside may redeclare it (CS0136). Ruling these out spares the semantic model (binding the whole method) for
            /// most run-time interpolations (<c>$"… {path}"</c>). The walk stops at the innermost function: a lambda's
            /// parameter may shadow an outer local.
            /// </summary>
            [MethodImpl(HotPath.Optimized)]
            private static bool IsVariableOfEnclosingBlock(IdentifierNameSyntax identifier)
            {
                string name = identifier.Identifier.ValueText;
                for (SyntaxNode? node = identifier.Parent; node != null; node = node.Parent)
                {
                    switch (node)
                    {
                        case BlockSyntax block:
                            if (DeclaresVariable(block.Statements, name)) return true;
                            break;
                        case SwitchSectionSyntax section:
                            if (DeclaresVariable(section.Statements, name)) return true;
                            break;
                        case AnonymousFunctionExpressionSyntax _:
                        case LocalFunctionStatementSyntax _:
                        case MemberDeclarationSyntax _:
                            return false;
                    }
                }

                return false;
            }

            [MethodImpl(HotPath.Optimized)]
            private static bool DeclaresVariable(SyntaxList<StatementSyntax> statements, string name)
            {
                foreach (StatementSyntax statement in statements)
                {
                    if (!(statement is LocalDeclarationStatementSyntax local) || local.IsConst) continue;
                    foreach (VariableDeclaratorSyntax variable in local.Declaration.Variables)
                    {
                        if (variable.Identifier.ValueText == name) return true;
                    }
                }

                return false;
            }

            [MethodImpl(HotPath.Optimized)]
            private static bool HasParameter(BaseParameterListSyntax parameters, string name)
            {
                foreach (ParameterSyntax parameter in parameters.Parameters)
                {
                    if (parameter.Identifier.ValueText == name) return true;
                }

                return false;
            }

            [MethodImpl(HotPath.Optimized)]
            private static bool IsPartOfLargerConstant(SyntaxNode? parent)
            {
                while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
                return parent != null && (parent.IsKind(SyntaxKind.AddExpression) || parent.IsKind(SyntaxKind.Interpolation));
            }

        }
    }
}
