using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// What the syntax alone says about a string literal: the name it is given to and where a token sits in it.
    /// Syntax only, no semantic model, so <c>tokenguard scan</c> compiles this same file and describes a literal's
    /// position to <see cref="SecretDecision"/> exactly as the build does.
    /// </summary>
    internal static class LiteralSyntax
    {
        /// <summary>
        /// The name a literal is given to: declaration, default parameter, expression body, assignment, initializer,
        /// named or attribute argument, or the value of a ("ApiKey", "…") pair. Positional arguments are
        /// CredentialSinkAnalyzer's: it knows the parameters they bind to.
        /// A pair is a list of exactly those two arguments: in a longer list (a test's data row, a record's
        /// constructor) adjacent strings are fields side by side, not a name and its value.
        /// </summary>
        public static string? ReceivingName(ExpressionSyntax expression)
        {
            SyntaxNode? parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
            return parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
                ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax element } => (element.ArgumentList.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax)?.Token.ValueText,
                AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
                AttributeArgumentSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
                AttributeArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
                AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Arguments: { Count: 2 } pair } } argument when pair[1] == argument => PairName(pair[0].Expression),
                ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments: { Count: 2 } pair } } argument when pair[1] == argument => PairName(pair[0].Expression),
                _ => null,
            };
        }

        /// <summary>Set("ApiKey", "…"), [Setting("Passphrase", "…")]: the string argument just before names the value.</summary>
        private static string? PairName(ExpressionSyntax? previous)
        {
            if (!(previous is LiteralExpressionSyntax name) || !name.IsKind(SyntaxKind.StringLiteralExpression)) return null;

            // ("Authorization", "…") and the like go to credential headers, which CredentialSinkAnalyzer reports.
            return CredentialSinks.CredentialHeaders.Contains(name.Token.ValueText) ? null : name.Token.ValueText;
        }

        /// <summary>The token itself when the source spells it out unescaped, else the whole literal.</summary>
        public static TextSpan KnownTokenSpan(SyntaxToken token, string value, TokenFinding finding)
        {
            string tokenValue = value.Substring(finding.Start, finding.Length);
            int offset = token.Text.IndexOf(tokenValue, System.StringComparison.Ordinal);
            return offset < 0 ? token.Span : new TextSpan(token.SpanStart + offset, finding.Length);
        }

        /// <summary>
        /// Fingerprints of the tokens wholly inside one literal piece of <paramref name="node"/> (a string literal or
        /// an interpolation's text): those are reported at the piece itself, so a constant assembled from pieces
        /// reports only tokens that span pieces.
        /// </summary>
        public static System.Collections.Generic.HashSet<string> FingerprintsOfPieces(SyntaxNode node, TokenScanner scanner)
        {
            var fingerprints = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxNode piece in node.DescendantNodes())
            {
                string? text = piece switch
                {
                    LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
                    InterpolatedStringTextSyntax interpolated => interpolated.TextToken.ValueText,
                    _ => null,
                };
                if (text is null) continue;
                foreach (TokenFinding finding in scanner.Scan(text)) fingerprints.Add(finding.Fingerprint);
            }

            return fingerprints;
        }
    }
}
