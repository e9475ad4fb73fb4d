using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// One hard-coded secret to replace: the expression that holds it (a literal or a constant built
    /// from pieces) and the environment variable that will supply it instead.
    /// </summary>
    internal sealed class SecretReplacement
    {
        private SecretReplacement(ExpressionSyntax expression, string variableName)
        {
            Expression = expression;
            VariableName = variableName;
        }

        public ExpressionSyntax Expression { get; }

        public string VariableName { get; }

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

            return new SecretReplacement(expression, VariableNameFor(expression, model));
        }

        public void Apply(DocumentEditor editor)
        {
            // VariableName is SCREAMING_SNAKE (letters, digits, '_'), safe inside a string literal.
            ExpressionSyntax read = ParseExpression(
                "System.Environment.GetEnvironmentVariable(\"" + VariableName + "\") ?? throw new System.InvalidOperationException(\"Set the " + VariableName + " environment variable (see tokens.yaml)\")");
            editor.ReplaceNode(Expression, read.WithTriviaFrom(Expression));

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

        /// <summary>SCREAMING_SNAKE of the field, property, local or parameter that receives the value.</summary>
        internal static string VariableNameFor(ExpressionSyntax expression, SemanticModel model)
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
            string snake = ToScreamingSnake(name ?? "");
            if (snake.Length == 0 || snake == "VALUE" || snake == "KEY") return "API_TOKEN";
            return snake;
        }

        internal static string ToScreamingSnake(string name)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (builder.Length > 0 && builder[builder.Length - 1] != '_') builder.Append('_');
                    continue;
                }

                bool wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (wordStart && builder.Length > 0 && builder[builder.Length - 1] != '_') builder.Append('_');
                builder.Append(char.ToUpperInvariant(c));
            }

            return builder.ToString().Trim('_');
        }
    }
}
