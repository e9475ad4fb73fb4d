using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenGuard.Cli
{
    /// <summary>
    /// String constants a file declares (<c>const string Prefix = "ghp_";</c>), and the values of expressions built
    /// from them (and <c>nameof</c>): what the build's semantic model folds, as far as one file's syntax can tell. A name declared twice
    /// with different initializers, or used in a cycle, has no value.
    /// </summary>
    internal sealed class SameFileConstants
    {
        private const int MaxDepth = 32;
        private readonly SyntaxNode _root;
        private Dictionary<string, ExpressionSyntax?>? _byName;
        private readonly HashSet<string> _resolving = new HashSet<string>(System.StringComparer.Ordinal);

        // Each name is folded once: constants built from constants twice over must not cost 2^depth.
        private readonly Dictionary<string, string?> _folded = new Dictionary<string, string?>(System.StringComparer.Ordinal);

        /// <summary>The declarations are looked for when a name is first folded: most files' literals never need them.</summary>
        public SameFileConstants(SyntaxNode root) => _root = root;

        private Dictionary<string, ExpressionSyntax?> ByName => _byName ??= Declarations(_root);

        private static Dictionary<string, ExpressionSyntax?> Declarations(SyntaxNode root)
        {
            var byName = new Dictionary<string, ExpressionSyntax?>(System.StringComparer.Ordinal);

            // Without the keyword in its text (a keyword cannot be written with escapes) the file declares no constant:
            // the walk over every node, as long as the parse's own, is skipped.
            if (root.SyntaxTree.GetText().ToString().IndexOf("const", System.StringComparison.Ordinal) < 0) return byName;
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                if (!(node is VariableDeclarationSyntax declaration)) continue;
                SyntaxTokenList modifiers = declaration.Parent switch
                {
                    FieldDeclarationSyntax field => field.Modifiers,
                    LocalDeclarationStatementSyntax local => local.Modifiers,
                    _ => default,
                };
                if (!modifiers.Any(SyntaxKind.ConstKeyword)) continue;
                foreach (VariableDeclaratorSyntax variable in declaration.Variables)
                {
                    string name = variable.Identifier.ValueText;
                    ExpressionSyntax? value = variable.Initializer?.Value;
                    byName[name] = byName.TryGetValue(name, out ExpressionSyntax? seen) && seen?.ToString() != value?.ToString() ? null : value;
                }
            }

            return byName;
        }

        /// <summary>The string an expression folds to, or null when it is not a constant string this file can compute.</summary>
        public string? ValueOf(ExpressionSyntax expression) => ValueOf(expression, depth: 0);

        private string? ValueOf(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxDepth) return null;

            // A chain of additions is walked in a loop, so thousands of pieces cannot exhaust the stack.
            if (expression is BinaryExpressionSyntax binary)
            {
                var pieces = new List<string>();
                while (expression is BinaryExpressionSyntax add)
                {
                    if (!add.IsKind(SyntaxKind.AddExpression)) return null;
                    string? right = ValueOf(add.Right, depth + 1);
                    if (right is null) return null;
                    pieces.Add(right);
                    expression = add.Left;
                }

                string? left = ValueOf(expression, depth + 1);
                if (left is null) return null;
                pieces.Add(left);
                pieces.Reverse();
                return string.Concat(pieces);
            }

            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
                case IdentifierNameSyntax identifier:
                    return Named(identifier.Identifier.ValueText, depth);
                case MemberAccessExpressionSyntax member when member.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return Named(member.Name.Identifier.ValueText, depth);
                case ParenthesizedExpressionSyntax parenthesized:
                    return ValueOf(parenthesized.Expression, depth + 1);
                case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier: { ValueText: "nameof" } }, ArgumentList: { Arguments: { Count: 1 } arguments } }:
                    // nameof(ApiKey), nameof(Options.ApiKey): the last name, as the compiler folds it.
                    return arguments[0].Expression switch
                    {
                        IdentifierNameSyntax name => name.Identifier.ValueText,
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        GenericNameSyntax generic => generic.Identifier.ValueText,
                        _ => null,
                    };
                case InterpolatedStringExpressionSyntax interpolated:
                    var text = new System.Text.StringBuilder();
                    foreach (InterpolatedStringContentSyntax content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax piece) text.Append(piece.TextToken.ValueText);
                        else if (content is InterpolationSyntax hole && hole.AlignmentClause is null && hole.FormatClause is null && ValueOf(hole.Expression, depth + 1) is string value) text.Append(value);
                        else return null;
                    }

                    return text.ToString();
                default:
                    return null;
            }
        }

        private string? Named(string name, int depth)
        {
            if (_folded.TryGetValue(name, out string? folded)) return folded;
            if (!ByName.TryGetValue(name, out ExpressionSyntax? value) || value is null || !_resolving.Add(name)) return null;
            try
            {
                return _folded[name] = ValueOf(value, depth + 1);
            }
            finally
            {
                _resolving.Remove(name);
            }
        }
    }
}
