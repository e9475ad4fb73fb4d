using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// One hard-coded secret to replace: the expression that holds it (a literal or a constant built
    /// from pieces) and the words of the symbol that receives it, which name the variable or key that
    /// will supply it instead (see <see cref="SecretSource"/>).
    /// </summary>
    internal sealed class SecretReplacement
    {
        // A receiver called value or key says nothing about the token.
        private static readonly HashSet<string> UntellingNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { "value", "key" };

        private SecretReplacement(ExpressionSyntax expression, IReadOnlyList<string> receiverWords)
        {
            Expression = expression;
            ReceiverWords = receiverWords;
        }

        public ExpressionSyntax Expression { get; }

        /// <summary>Words of the field, property, local or parameter that receives the value; Api, Token when it has no telling name.</summary>
        public IReadOnlyList<string> ReceiverWords { get; }

        /// <summary>
        /// The replacement for a TG0001/TG0002, or null when the secret is only part of a longer string
        /// (replacing the whole string would change what the code sends) or is a UTF-8 literal.
        /// </summary>
        public static SecretReplacement? Find(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
        {
            SyntaxNode? node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            ExpressionSyntax? expression = node?.AncestorsAndSelf().OfType<ExpressionSyntax>()
                .FirstOrDefault(e => e is LiteralExpressionSyntax || e is InterpolatedStringExpressionSyntax || e is BinaryExpressionSyntax || e is IdentifierNameSyntax || e is MemberAccessExpressionSyntax);
            if (expression is null || expression.IsKind(SyntaxKind.Utf8StringLiteralExpression)) return null;
            if (!(model.GetConstantValue(expression).Value is string value)) return null;

            // The diagnostic must cover the whole value: a token inside "token=…&x=1", or after a scheme
            // word ("Bearer …"), cannot move to a variable without changing what the code sends.
            string covered = diagnostic.Location.SourceSpan == expression.Span
                ? value
                : root.SyntaxTree.GetText().ToString(diagnostic.Location.SourceSpan);
            if (covered != value || value.IndexOf(' ') >= 0) return null;

            // One element of several a collection holds under one name ({ "…", "…" }): no name of its own to read it by.
            if (IsCollectionElement(expression)) return null;

            return new SecretReplacement(expression, ReceiverWordsFor(expression, model));
        }

        /// <summary>
        /// Replaces the secret with <paramref name="read"/>. A const holding it becomes static readonly: its
        /// initializer is a static context, so the read uses nothing an instance owns.
        /// </summary>
        public void Apply(DocumentEditor editor, ExpressionSyntax read)
        {
            // "Bearer " + read ?? throw … would bind as ("Bearer " + read) ?? throw …: an operand keeps its parentheses.
            ExpressionSyntax replacement = Expression.Parent is BinaryExpressionSyntax ? ParenthesizedExpression(read) : read;
            editor.ReplaceNode(Expression, replacement.WithTriviaFrom(Expression));

            // A const can no longer hold a value read at run time.
            if (Expression.Parent?.Parent?.Parent is VariableDeclarationSyntax declaration)
            {
                if (declaration.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    editor.SetModifiers(field, DeclarationModifiers.From(editor.SemanticModel.GetDeclaredSymbol(declaration.Variables[0])!).WithIsConst(false).WithIsStatic(true).WithIsReadOnly(true));
                }
                else if (declaration.Parent is LocalDeclarationStatementSyntax local && local.IsConst)
                {
                    editor.ReplaceNode(local, (current, _) => ((LocalDeclarationStatementSyntax)current).WithModifiers(TokenList()).WithLeadingTrivia(current.GetLeadingTrivia()));
                }
            }
        }

        private static bool IsCollectionElement(ExpressionSyntax expression)
        {
            SyntaxNode? parent = expression.Parent;
            while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
            return parent is ExpressionElementSyntax
                || (parent is InitializerExpressionSyntax initializer && !initializer.IsKind(SyntaxKind.ObjectInitializerExpression));
        }

        private static IReadOnlyList<string> ReceiverWordsFor(ExpressionSyntax expression, SemanticModel model)
        {
            string? name = expression.Parent switch
            {
                EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
                EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
                AssignmentExpressionSyntax { Left: var left } => model.GetSymbolInfo(left).Symbol?.Name,
                ArgumentSyntax argument => (model.GetOperation(argument) as Microsoft.CodeAnalysis.Operations.IArgumentOperation)?.Parameter?.Name,
                _ => null,
            };
            IReadOnlyList<string> words = IdentifierWords.Split(name ?? "");
            bool telling = words.Count > 1 || (words.Count == 1 && !UntellingNames.Contains(words[0]));
            return telling ? words : new[] { "Api", "Token" };
        }
    }
}
