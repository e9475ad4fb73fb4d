using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// What the syntax alone says about a string literal: the name it is given to and where a token sits in it.
    /// Syntax only, no semantic model, so <c>tokenguard scan</c> compiles this same file and describes a literal's
    /// position to <see cref="SecretDecision"/> exactly as the build does.
    /// </summary>
    internal static class LiteralSyntax
    {
        // Most literals are given to nothing that names a secret: one shared position for them, nothing allocated.
        private static readonly ValuePosition Unnamed = ValuePosition.SourceLiteral(receivingName: null);

        // How far up nested collections (string[][], a list of tuples) a literal looks for the collection's name.
        private const int MaxCollectionDepth = 4;

        /// <summary>
        /// The position <see cref="SecretDecision"/> is asked about for a string literal or an interpolation's text:
        /// a credential shown by the syntax (after an authentication scheme, an argument of a method that
        /// authenticates), else the name the value is given to, else none. Values that can be no secret under any
        /// name are not looked at further.
        /// </summary>
        /// <param name="expression">The literal, or the interpolated string whose text <paramref name="value"/> is; null when neither.</param>
        public static ValuePosition PositionOf(ExpressionSyntax? expression, string value)
        {
            if (expression is null) return Unnamed;
            bool couldBeSecret = GenericSecrets.CouldBeSecretValue(value);
            if (expression is LiteralExpressionSyntax literal && (couldBeSecret || AuthenticationSchemes.StartsWithScheme(value)))
            {
                string? authentication = AuthenticationDisplay(literal, value);
                if (authentication != null) return ValuePosition.AuthenticationLiteral(display: authentication);
            }

            return couldBeSecret && ReceivingName(expression) is string name ? ValuePosition.SourceLiteral(receivingName: name) : Unnamed;
        }

        /// <summary>
        /// Where the syntax itself says a literal is a credential: <c>"Bearer …"</c>, <c>"Bearer " + "…"</c> (the
        /// scheme word ends the text before it), or an argument of a method or type that authenticates other than
        /// the first of several, which names the user (<c>Login("admin", "…")</c>, <c>UseApiKey("…")</c>). Named
        /// arguments are their parameter's (CredentialSinkAnalyzer and scan's named-argument rule).
        /// </summary>
        private static string? AuthenticationDisplay(LiteralExpressionSyntax literal, string value)
        {
            if (AuthenticationSchemes.StartsWithScheme(value)) return "'" + value.Substring(0, value.IndexOf(' ')) + " …'";
            SyntaxNode child = literal;
            SyntaxNode? parent = literal.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) && add.Right == child:
                    ExpressionSyntax left = add.Left;
                    while (left is ParenthesizedExpressionSyntax parenthesized) left = parenthesized.Expression;
                    return left is LiteralExpressionSyntax scheme && scheme.IsKind(SyntaxKind.StringLiteralExpression) && AuthenticationSchemes.EndsWithScheme(scheme.Token.ValueText)
                        ? "'" + scheme.Token.ValueText.TrimEnd() + " …'"
                        : null;
                case ArgumentSyntax { NameColon: null } argument when argument.Parent is ArgumentListSyntax list && (list.Arguments.Count == 1 || list.Arguments[0] != argument):
                    string? callee = list.Parent switch
                    {
                        InvocationExpressionSyntax invocation => MethodName(invocation.Expression),
                        ObjectCreationExpressionSyntax creation => TypeName(creation.Type),
                        _ => null,
                    };
                    return callee != null && AuthenticatingMethods.Authenticates(callee) ? "'" + callee + "(…)'" : null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether the value given to a credential sink or header is reported already as an authentication literal
        /// (<c>"Bearer …"</c>, <c>"Bearer " + "…"</c>, <c>Login(user, "…")</c>): the sink then stays silent, so one
        /// secret is one finding in the build and in scan alike.
        /// </summary>
        public static bool IsReportedAsAuthentication(ExpressionSyntax value, UsageMatcher? manifest)
        {
            while (value is ParenthesizedExpressionSyntax parenthesized) value = parenthesized.Expression;
            if (value is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression)) value = add.Right;
            while (value is ParenthesizedExpressionSyntax parenthesized) value = parenthesized.Expression;
            if (!(value is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression)) return false;
            string text = literal.Token.ValueText;
            ValuePosition position = PositionOf(literal, text);
            return position.Kind == ValuePositionKind.AuthenticationLiteral && SecretDecision.Decide(text, position, manifest).IsGenericSecret;
        }

        private static string? MethodName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static string? TypeName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>
        /// The name a literal is given to: declaration, default parameter, expression body, assignment, initializer,
        /// named or attribute argument, or the value of a ("ApiKey", "…") pair — in an argument list, a tuple or a
        /// dictionary's <c>{ "ApiKey", "…" }</c>. An element of an array, a collection initializer or a collection
        /// expression is given to the collection's name (<c>string[] ApiKeys = { "…" }</c>), and so is a dictionary
        /// value whose key says nothing about it. Positional arguments are CredentialSinkAnalyzer's: it knows the
        /// parameters they bind to.
        /// A pair is a list of exactly those two arguments: in a longer list (a test's data row, a record's
        /// constructor) adjacent strings are fields side by side, not a name and its value.
        /// </summary>
        public static string? ReceivingName(ExpressionSyntax expression)
        {
            for (int depth = 0; ; depth++)
            {
                SyntaxNode? parent = expression.Parent;
                while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
                string? pairName = null;
                if (parent is InitializerExpressionSyntax { Expressions: { Count: 2 } pair } complex && complex.IsKind(SyntaxKind.ComplexElementInitializerExpression))
                {
                    if (pair[1] != expression) return null;
                    pairName = PairName(pair[0]);
                    if (pairName != null && SecretNames.LooksLikeSecret(pairName)) return pairName;
                    parent = complex.Parent;
                }

                ExpressionSyntax? collection = parent switch
                {
                    InitializerExpressionSyntax initializer when !initializer.IsKind(SyntaxKind.ObjectInitializerExpression) && !initializer.IsKind(SyntaxKind.ComplexElementInitializerExpression) => CollectionOf(initializer),
                    ExpressionElementSyntax { Parent: CollectionExpressionSyntax elements } => elements,
                    _ => null,
                };
                if (collection is null) return pairName ?? DirectName(expression, parent);
                if (depth == MaxCollectionDepth) return pairName;
                expression = collection;
            }
        }

        // new[] { … }, new List<string> { … }, new() { … } stand for their collection; { … } alone is the declaration's initializer.
        private static ExpressionSyntax CollectionOf(InitializerExpressionSyntax initializer) => initializer.Parent switch
        {
            ArrayCreationExpressionSyntax array => array,
            ImplicitArrayCreationExpressionSyntax array => array,
            BaseObjectCreationExpressionSyntax creation => creation,
            _ => initializer,
        };

        private static string? DirectName(ExpressionSyntax expression, SyntaxNode? parent) => parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax method } => method.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } assignment when assignment.Right == expression => identifier.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } assignment when assignment.Right == expression => member.Name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax element } assignment when assignment.Right == expression => (element.ArgumentList.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax)?.Token.ValueText,
            AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
            AttributeArgumentSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
            AttributeArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            AttributeArgumentSyntax { Parent: AttributeArgumentListSyntax { Arguments: { Count: 2 } pair } } argument when pair[1] == argument => PairName(pair[0].Expression),
            ArgumentSyntax { NameColon: null, Parent: ArgumentListSyntax { Arguments: { Count: 2 } pair } list } argument when pair[1] == argument => IsHeaderAdd(list) ? HeaderlessPairName(pair[0].Expression) : PairName(pair[0].Expression),
            ArgumentSyntax { NameColon: null, Parent: TupleExpressionSyntax { Arguments: { Count: 2 } pair } } argument when pair[1] == argument => PairName(pair[0].Expression),
            _ => null,
        };

        /// <summary>Set("ApiKey", "…"), [Setting("Passphrase", "…")], ("ApiKey", "…"): the string just before names the value.</summary>
        private static string? PairName(ExpressionSyntax? previous) =>
            previous is LiteralExpressionSyntax name && name.IsKind(SyntaxKind.StringLiteralExpression) ? name.Token.ValueText : null;

        // headers.Add("Authorization", "…") and the like go to credential headers, which CredentialSinkAnalyzer reports.
        private static string? HeaderlessPairName(ExpressionSyntax? previous) =>
            PairName(previous) is string name && !CredentialSinks.CredentialHeaders.Contains(name) ? name : null;

        private static bool IsHeaderAdd(ArgumentListSyntax list) => list.Parent is InvocationExpressionSyntax invocation && IsHeaderAdd(invocation);

        /// <summary>
        /// The shape of adding an HTTP header: (…Headers).Add(name, value) or TryAddWithoutValidation; syntax sees only
        /// the receiver's name (the build's credential-sink analyzer asks whether it is an HttpHeaders).
        /// </summary>
        public static bool IsHeaderAdd(InvocationExpressionSyntax invocation)
        {
            if (!(invocation.Expression is MemberAccessExpressionSyntax member)) return false;
            string method = member.Name.Identifier.ValueText;
            if (method != "Add" && method != "TryAddWithoutValidation") return false;
            string? receiver = member.Expression switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax inner => inner.Name.Identifier.ValueText,
                _ => null,
            };
            return receiver != null && receiver.EndsWith("Headers", System.StringComparison.Ordinal);
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
