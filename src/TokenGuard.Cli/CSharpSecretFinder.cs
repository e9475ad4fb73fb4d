using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Hard-coded secrets in one C# file, from its syntax tree alone (no compilation): string literals and
    /// interpolated text with the names they are given to, constants assembled in the same file, named secret
    /// arguments and credential headers. Each value's position goes to <see cref="SecretDecision"/>, the
    /// analyzers' own decision, so a finding here is the build's (file, line, id). Comments and code are never
    /// read as text: <c>Password = data.Password;</c> holds no literal and so no finding.
    /// </summary>
    internal static class CSharpSecretFinder
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);

        public static bool IsCSharp(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

        public static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text, ParseOptions);

        public static IEnumerable<ScanFinding> Find(string relative, string text, UsageMatcher? manifest) => Find(relative, Parse(text), manifest);

        public static IEnumerable<ScanFinding> Find(string relative, SyntaxTree tree, UsageMatcher? manifest)
        {
            SyntaxNode root = tree.GetRoot();
            SameFileConstants? constants = null;
            var findings = new List<ScanFinding>();
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                switch (node.Kind())
                {
                    case SyntaxKind.StringLiteralExpression:
                    case SyntaxKind.Utf8StringLiteralExpression:
                        AddLiteral(findings, relative, tree, node, ((LiteralExpressionSyntax)node).Token, node as ExpressionSyntax, manifest);
                        break;
                    case SyntaxKind.InterpolatedStringText:
                        AddLiteral(findings, relative, tree, node, ((InterpolatedStringTextSyntax)node).TextToken, node.Parent as InterpolatedStringExpressionSyntax, manifest);
                        break;
                    case SyntaxKind.AddExpression:
                    case SyntaxKind.InterpolatedStringExpression:
                        AddConstant(findings, relative, tree, (ExpressionSyntax)node, constants ??= new SameFileConstants(root), manifest);
                        break;
                    case SyntaxKind.Argument:
                        AddArgument(findings, relative, tree, (ArgumentSyntax)node, constants ??= new SameFileConstants(root), manifest);
                        break;
                }
            }

            return findings;
        }

        private static void AddLiteral(List<ScanFinding> findings, string relative, SyntaxTree tree, SyntaxNode node, SyntaxToken token, ExpressionSyntax? expression, UsageMatcher? manifest)
        {
            string value = token.ValueText;
            ValuePosition position = LiteralSyntax.PositionOf(expression, value);
            SecretVerdict verdict = SecretDecision.Decide(value, position, manifest);
            foreach (TokenFinding finding in verdict.KnownTokens)
            {
                findings.Add(At(relative, tree, LiteralSyntax.KnownTokenSpan(token, value, finding), span => ScanFinding.HardCoded(relative, span.Line, span.Column, finding, verdict.DiagnosticId!)));
            }

            if (verdict.IsGenericSecret) findings.Add(Secret(relative, tree, node.Span, position, verdict));
        }

        // Mirrors HardCodedTokenAnalyzer: the outermost constant expression, tokens split across its pieces only.
        private static void AddConstant(List<ScanFinding> findings, string relative, SyntaxTree tree, ExpressionSyntax node, SameFileConstants constants, UsageMatcher? manifest)
        {
            SyntaxNode? parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
            if (parent != null && (parent.IsKind(SyntaxKind.AddExpression) || parent.IsKind(SyntaxKind.Interpolation))) return;
            if (!(constants.ValueOf(node) is string value)) return;

            SecretVerdict verdict = SecretDecision.Decide(value, ValuePosition.SourceConstant(), manifest);
            if (verdict.KnownTokens.Count == 0) return;
            HashSet<string> inPieces = LiteralSyntax.FingerprintsOfPieces(node, TokenScanner.Default);
            foreach (TokenFinding finding in verdict.KnownTokens)
            {
                if (!inPieces.Contains(finding.Fingerprint)) findings.Add(At(relative, tree, node.Span, span => ScanFinding.HardCoded(relative, span.Line, span.Column, finding, verdict.DiagnosticId!)));
            }
        }

        /// <summary>
        /// What CredentialSinkAnalyzer sees without symbols: a value given to a credential header
        /// (<c>headers.Add("Authorization", "Bearer …")</c>) or a literal to a parameter named like a secret
        /// (<c>apiKey: "…"</c>). Positional arguments to sink parameters need the method's symbol: the build's alone.
        /// </summary>
        private static void AddArgument(List<ScanFinding> findings, string relative, SyntaxTree tree, ArgumentSyntax argument, SameFileConstants constants, UsageMatcher? manifest)
        {
            if (argument.NameColon is { } nameColon)
            {
                if (!(Unwrap(argument.Expression) is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression)) return;
                var parameter = ValuePosition.SecretParameter(parameterName: nameColon.Name.Identifier.ValueText);
                SecretVerdict verdict = SecretDecision.Decide(literal.Token.ValueText, parameter, manifest);
                if (verdict.IsGenericSecret) findings.Add(Secret(relative, tree, literal.Span, parameter, verdict));
                return;
            }

            if (!(argument.Parent is ArgumentListSyntax { Arguments: { Count: 2 } arguments, Parent: InvocationExpressionSyntax invocation }) || arguments[1] != argument) return;
            if (!LiteralSyntax.IsHeaderAdd(invocation)) return;
            if (!(constants.ValueOf(arguments[0].Expression) is string header) || !CredentialSinks.CredentialHeaders.Contains(header)) return;
            ExpressionSyntax value = Unwrap(argument.Expression);
            if (!(constants.ValueOf(value) is string secret) || LiteralSyntax.IsReportedAsAuthentication(value, manifest)) return;
            var sink = ValuePosition.CredentialSink(sinkDisplay: "the '" + header + "' header");
            SecretVerdict sinkVerdict = SecretDecision.Decide(secret, sink, manifest);
            if (sinkVerdict.IsGenericSecret) findings.Add(Secret(relative, tree, value.Span, sink, sinkVerdict));
        }

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            return expression;
        }

        private static ScanFinding Secret(string relative, SyntaxTree tree, TextSpan span, ValuePosition position, SecretVerdict verdict) =>
            At(relative, tree, span, at => ScanFinding.Secret(relative, at.Line, at.Column, position.Display, verdict));

        private static ScanFinding At(string relative, SyntaxTree tree, TextSpan span, Func<(int Line, int Column), ScanFinding> create)
        {
            LinePosition start = tree.GetLineSpan(span).StartLinePosition;
            return create((start.Line + 1, start.Character + 1));
        }
    }
}
