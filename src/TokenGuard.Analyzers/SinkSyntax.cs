using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// What the syntax alone says about a call, <c>new</c> or assignment: whether CredentialSinkAnalyzer could report
    /// anything on it. Each answer is a necessary condition of a report, so a "no" spares the semantic model (binding the
    /// enclosing method) without changing what is reported; a "maybe" leaves the decision to the operation tree.
    /// </summary>
    internal sealed class SinkSyntax
    {
        private const string Add = "Add";
        private const string TryAddWithoutValidation = "TryAddWithoutValidation";

        // A delegate's call is its Invoke method whatever the name it is called through.
        private const string DelegateInvoke = "Invoke";

        private readonly SinkIndex _sinks;
        private readonly bool _hasHeaders;
        private readonly HashSet<string> _aliases;

        /// <param name="aliases">The compilation's using aliases: <c>new Cred(…)</c> may be a sink type under another name.</param>
        public SinkSyntax(SinkIndex sinks, bool hasHeaders, HashSet<string> aliases)
        {
            _sinks = sinks;
            _hasHeaders = hasHeaders;
            _aliases = aliases;
        }

        /// <summary>The names of every using alias in the compilation's files (global ones apply to all of them).</summary>
        public static HashSet<string> AliasesOf(Compilation compilation, System.Threading.CancellationToken cancellationToken)
        {
            var aliases = new HashSet<string>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit) AddAliases(unit.Usings, unit.Members, aliases);
            }

            return aliases;
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> aliases)
        {
            foreach (UsingDirectiveSyntax directive in usings)
            {
                if (directive.Alias != null) aliases.Add(directive.Alias.Name.Identifier.ValueText);
            }

            foreach (MemberDeclarationSyntax member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns) AddAliases(ns.Usings, ns.Members, aliases);
            }
        }

        /// <summary>A method call: a sink method by name, a credential header's Add, or a literal that could be a secret.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayReportCall(InvocationExpressionSyntax invocation)
        {
            SeparatedSyntaxList<ArgumentSyntax> arguments = invocation.ArgumentList.Arguments;
            if (arguments.Count == 0) return false;
            string? name = CalleeName(invocation.Expression);
            return MayBeSinkMethod(name) || MayBeHeaderAdd(name, arguments) || HasPossibleSecretLiteral(arguments);
        }

        /// <summary>
        /// A constructor call (<c>new T(…)</c>, <c>new(…)</c>, <c>: base(…)</c>, a primary constructor's base, an attribute):
        /// a sink type by name (or a name that may stand for one), or a literal that could be a secret.
        /// </summary>
        /// <param name="typeName">The type's simple name as written; null when the syntax does not say it.</param>
        [MethodImpl(HotPath.Optimized)]
        public bool MayReportConstruction(string? typeName, SeparatedSyntaxList<ArgumentSyntax> arguments) =>
            arguments.Count > 0 && (MayBeSinkType(typeName) || HasPossibleSecretLiteral(arguments));

        /// <summary>An attribute: a sink type by name, a sink property among its named arguments, or a literal that could be a secret.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayReportAttribute(AttributeSyntax attribute)
        {
            if (attribute.ArgumentList is null || attribute.ArgumentList.Arguments.Count == 0) return false;
            string? name = SimpleName(attribute.Name);
            if (MayBeSinkType(name) || (name != null && MayBeSinkType(name + "Attribute"))) return true;
            foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals != null && _sinks.MemberNames.Contains(argument.NameEquals.Name.Identifier.ValueText)) return true;
                if (IsPossibleSecretLiteral(argument.Expression)) return true;
            }

            return false;
        }

        /// <summary>A collection initializer's element is a call of Add with the element's expressions as arguments.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayReportCollectionElement(ExpressionSyntax element)
        {
            if (!(element is InitializerExpressionSyntax complex) || !complex.IsKind(SyntaxKind.ComplexElementInitializerExpression))
            {
                return MayBeSinkMethod(Add) || (_hasHeaders && MayBeCredentialHeader(element)) || IsPossibleSecretLiteral(element);
            }

            SeparatedSyntaxList<ExpressionSyntax> expressions = complex.Expressions;
            if (MayBeSinkMethod(Add) || (_hasHeaders && expressions.Count <= 2 && expressions.Count > 0 && MayBeCredentialHeader(expressions[0]))) return true;
            foreach (ExpressionSyntax expression in expressions)
            {
                if (IsPossibleSecretLiteral(expression)) return true;
            }

            return false;
        }

        /// <summary>An assignment to a property: only a sink property's name can make it one.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool MayReportAssignment(AssignmentExpressionSyntax assignment)
        {
            if (_sinks.MemberNames.Count == 0) return false;
            string? name = assignment.Left switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                ElementAccessExpressionSyntax _ => "this[]",
                ImplicitElementAccessSyntax _ => "this[]",
                ElementBindingExpressionSyntax _ => "this[]",
                _ => null,
            };
            return name is null || _sinks.MemberNames.Contains(name);
        }

        [MethodImpl(HotPath.Optimized)]
        private bool MayBeSinkMethod(string? name) =>
            _sinks.MemberNames.Count > 0 && (name is null || _sinks.MemberNames.Contains(name) || _sinks.MemberNames.Contains(DelegateInvoke));

        [MethodImpl(HotPath.Optimized)]
        private bool MayBeSinkType(string? name) =>
            _sinks.ConstructorTypeNames.Count > 0 && (name is null || _sinks.ConstructorTypeNames.Contains(name) || _aliases.Contains(name));

        // headers.Add(name, value): a literal name must be a credential header's; any other name may be a constant that is.
        [MethodImpl(HotPath.Optimized)]
        private bool MayBeHeaderAdd(string? name, SeparatedSyntaxList<ArgumentSyntax> arguments)
        {
            if (!_hasHeaders || (name != null && name != Add && name != TryAddWithoutValidation) || arguments.Count > 2) return false;
            foreach (ArgumentSyntax argument in arguments)
            {
                if (argument.NameColon != null) return true;
            }

            return MayBeCredentialHeader(arguments[0].Expression);
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool MayBeCredentialHeader(ExpressionSyntax expression) =>
            !(Unwrap(expression) is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || CredentialSinks.CredentialHeaders.Contains(literal.Token.ValueText);

        // A secret-named parameter's report needs a string literal argument that passes the value-only check.
        [MethodImpl(HotPath.Optimized)]
        private static bool HasPossibleSecretLiteral(SeparatedSyntaxList<ArgumentSyntax> arguments)
        {
            foreach (ArgumentSyntax argument in arguments)
            {
                if (IsPossibleSecretLiteral(argument.Expression)) return true;
            }

            return false;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool IsPossibleSecretLiteral(ExpressionSyntax expression) =>
            Unwrap(expression) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && GenericSecrets.CouldBeSecretValue(literal.Token.ValueText);

        // What the operation tree sees through: parentheses, casts (conversions) and `!`.
        [MethodImpl(HotPath.Optimized)]
        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expression = suppressed.Operand;
                        break;
                    default:
                        return expression;
                }
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static string? CalleeName(ExpressionSyntax callee) => callee switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The rightmost identifier of a type as written (<c>Cred</c>, <c>System.Net.NetworkCredential</c>); null for other forms.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static string? SimpleName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
