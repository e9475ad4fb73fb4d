using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Analyzers;

namespace TokenGuard.Cli
{
    /// <summary>
    /// The reads the analyzers' TokenReadResolver traces, recognised from one file's syntax alone (no compilation), for
    /// <c>tokenguard scan</c> and <c>init</c>: <c>Environment.GetEnvironmentVariable(key)</c>, <c>config[key]</c>,
    /// <c>GetValue&lt;T&gt;(key)</c>, <c>GetConnectionString(name)</c>, <c>GetSection(a)[b]</c> and section chains (also
    /// through locals), <c>section.Value</c>. Keys fold as the caller's constants do (same-file constants, <c>nameof</c>).
    /// Without symbols, "is this an IConfiguration" is read from the declared type of the name in this file
    /// (<c>IConfiguration config</c>), else from the name itself (<c>builder.Configuration</c>, <c>_config</c>), so
    /// a dictionary's indexer or an initializer's <c>["API_KEY"] = …</c> is no read. The methods and what is asked of a
    /// read are the analyzers' own (<see cref="TokenKeys"/>); only symbol lookup is replaced by declarations and names.
    /// </summary>
    internal sealed class TokenReadSyntax
    {
        private const int MaxTraceDepth = 8;

        private static readonly HashSet<string> RootTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "IConfiguration", "IConfigurationRoot", "IConfigurationManager", "ConfigurationManager",
        };

        private static readonly HashSet<string> SectionTypes = new HashSet<string>(StringComparer.Ordinal) { "IConfigurationSection" };

        private readonly Func<ExpressionSyntax, string?> _constantOf;

        /// <param name="constantOf">The string a key expression folds to, or null: the caller's same-file constants.</param>
        public TokenReadSyntax(Func<ExpressionSyntax, string?> constantOf)
        {
            _constantOf = constantOf;
        }

        /// <summary>Every read in the tree, in source order.</summary>
        public IEnumerable<TokenRead> ReadsIn(SyntaxNode root)
        {
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                if (Resolve(node) is TokenRead read) yield return read;
            }
        }

        /// <summary>The read <paramref name="node"/> performs, or null when it is not one.</summary>
        public TokenRead? Resolve(SyntaxNode node)
        {
            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    return ResolveInvocation(invocation);
                case ElementAccessExpressionSyntax element when element.ArgumentList.Arguments.Count == 1 && IsConfiguration(element.Expression, 0):
                    return Combine(element.Expression, element.ArgumentList.Arguments[0].Expression, prefix: null);
                case MemberAccessExpressionSyntax { Name: { Identifier: { ValueText: "Value" } } } member
                    when member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsSection(member.Expression, 0):
                    string? path = SectionPath(member.Expression, 0);
                    return path is null || path.Length == 0 ? null : new TokenRead(TokenReadKind.ConfigurationKey, path, true, member.GetLocation());
                default:
                    return null;
            }
        }

        private TokenRead? ResolveInvocation(InvocationExpressionSyntax invocation)
        {
            if (invocation.ArgumentList.Arguments.Count == 0) return null;
            ExpressionSyntax? receiver = null;
            string? method;
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax member:
                    receiver = member.Expression;
                    method = member.Name.Identifier.ValueText;
                    break;
                case SimpleNameSyntax name:
                    method = name.Identifier.ValueText;
                    break;
                default:
                    return null;
            }

            ExpressionSyntax key = KeyArgument(invocation.ArgumentList);
            if (method == TokenKeys.GetEnvironmentVariable)
            {
                // System.Environment's, or a bare call under `using static System.Environment`.
                if (receiver != null && !(LastName(receiver) == "Environment")) return null;
                return _constantOf(key) is string name ? new TokenRead(TokenReadKind.EnvironmentVariable, name, true, key.GetLocation()) : null;
            }

            if (receiver is null || !IsConfiguration(receiver, 0)) return null;
            switch (method)
            {
                case TokenKeys.GetValue:
                    return Combine(receiver, key, prefix: null);
                case TokenKeys.GetConnectionString:
                    return Combine(receiver, key, prefix: TokenKeys.ConnectionStrings);
                default:
                    return null;
            }
        }

        // The `key`/`name` parameter: named if the call names it, else the first.
        private static ExpressionSyntax KeyArgument(ArgumentListSyntax arguments)
        {
            ArgumentSyntax? named = arguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText is "key" or "name");
            return (named ?? arguments.Arguments[0]).Expression;
        }

        private TokenRead? Combine(ExpressionSyntax receiver, ExpressionSyntax keyExpression, string? prefix)
        {
            if (!(_constantOf(keyExpression) is string key)) return null;
            string? section = SectionPath(receiver, 0);
            string path = section is null ? key : TokenKeys.Join(section, prefix is null ? key : TokenKeys.Join(prefix, key));
            return new TokenRead(TokenReadKind.ConfigurationKey, path, section != null, keyExpression.GetLocation());
        }

        /// <summary>The configuration path of the section <paramref name="expression"/> is; "" for the root; null when unknown.</summary>
        private string? SectionPath(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxTraceDepth) return null;
            expression = Unwrap(expression);
            if (AsGetSection(expression) is (ExpressionSyntax receiver, ExpressionSyntax key))
            {
                if (!IsConfiguration(receiver, depth + 1) || !(_constantOf(key) is string name)) return null;
                string? parent = SectionPath(receiver, depth + 1);
                return parent is null ? null : TokenKeys.Join(parent, name);
            }

            if (expression is IdentifierNameSyntax identifier && LocalInitializer(identifier) is ExpressionSyntax initializer)
            {
                return SectionPath(initializer, depth + 1);
            }

            // A configuration root is the root; a section of unknown origin is unknown.
            return IsConfiguration(expression, depth + 1) && !IsSection(expression, depth + 1) ? "" : null;
        }

        /// <summary>Whether the expression is an IConfiguration, as far as this file's syntax can tell.</summary>
        private bool IsConfiguration(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxTraceDepth) return false;
            expression = Unwrap(expression);
            if (AsGetSection(expression) != null) return true;
            if (StatedType(expression) is string stated) return RootTypes.Contains(stated) || SectionTypes.Contains(stated);
            if (expression is IdentifierNameSyntax identifier && LocalInitializer(identifier) is ExpressionSyntax initializer)
            {
                // `var configuration = services.GetRequiredService<IConfiguration>();`; an initializer of no telling type leaves the name to decide.
                if (IsConfiguration(initializer, depth + 1)) return true;
                if (StatedType(Unwrap(initializer)) != null || initializer is LiteralExpressionSyntax) return false;
            }

            string? name = LastName(expression);
            if (name is null) return false;
            if (DeclaredType(expression, name) is string type) return RootTypes.Contains(type) || SectionTypes.Contains(type);
            return IsNamedLikeConfiguration(name);
        }

        private bool IsSection(ExpressionSyntax expression, int depth)
        {
            if (depth > MaxTraceDepth) return false;
            expression = Unwrap(expression);
            if (AsGetSection(expression) != null) return true;
            if (StatedType(expression) is string stated) return SectionTypes.Contains(stated);
            if (expression is IdentifierNameSyntax identifier && LocalInitializer(identifier) is ExpressionSyntax initializer) return IsSection(initializer, depth + 1);
            string? name = LastName(expression);
            return name != null && DeclaredType(expression, name) is string type && SectionTypes.Contains(type);
        }

        // configuration, _configuration, Configuration (builder.Configuration, context.Configuration), config, _config, appConfig.
        private static bool IsNamedLikeConfiguration(string name)
        {
            string bare = name.TrimStart('_');
            return bare.EndsWith("Configuration", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("Config", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// The type an expression states for itself: <c>new T()</c>, <c>(T)x</c>, <c>x as T</c>, <c>GetRequiredService&lt;T&gt;()</c>
        /// (a generic call with one type argument that returns it, as service lookups do); null when it states none.
        /// </summary>
        private static string? StatedType(ExpressionSyntax expression) => expression switch
        {
            ObjectCreationExpressionSyntax creation => TypeName(creation.Type),
            CastExpressionSyntax cast => TypeName(cast.Type),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression) && binary.Right is TypeSyntax type => TypeName(type),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } }
                when generic.Identifier.ValueText is "GetRequiredService" or "GetService" && generic.TypeArgumentList.Arguments.Count == 1
                => TypeName(generic.TypeArgumentList.Arguments[0]),
            _ => null,
        };

        private static (ExpressionSyntax Receiver, ExpressionSyntax Key)? AsGetSection(ExpressionSyntax expression)
        {
            if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation
                && member.Name.Identifier.ValueText is TokenKeys.GetSection or TokenKeys.GetRequiredSection
                && invocation.ArgumentList.Arguments.Count == 1)
            {
                return (member.Expression, invocation.ArgumentList.Arguments[0].Expression);
            }

            return null;
        }

        /// <summary>
        /// The initializer of the one local of that name in the enclosing member (<c>var section = config.GetSection("a");</c>),
        /// or null: a parameter, a field, a name declared twice.
        /// </summary>
        private static ExpressionSyntax? LocalInitializer(IdentifierNameSyntax identifier)
        {
            SyntaxNode? member = identifier.Ancestors().FirstOrDefault(a => a is MemberDeclarationSyntax);
            if (member is null) return null;
            string name = identifier.Identifier.ValueText;
            VariableDeclaratorSyntax[] locals = member.DescendantNodes()
                .OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Identifier.ValueText == name && v.Parent?.Parent is LocalDeclarationStatementSyntax)
                .Take(2).ToArray();
            if (locals.Length != 1 || locals[0].Initializer is null) return null;
            return ((VariableDeclarationSyntax)locals[0].Parent!).Type.IsVar ? locals[0].Initializer!.Value : null;
        }

        /// <summary>
        /// The type name a parameter, local, field or property of that name is declared with in this file (the
        /// nearest scope first); null when the file does not declare it with one type (or declares it <c>var</c>).
        /// </summary>
        private static string? DeclaredType(ExpressionSyntax expression, string name)
        {
            // `builder.Configuration`: a member of another object, whose type this file does not declare.
            if (!(expression is IdentifierNameSyntax) && !(expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })) return null;
            foreach (SyntaxNode scope in expression.Ancestors().Where(a => a is MemberDeclarationSyntax || a is CompilationUnitSyntax))
            {
                TypeSyntax? type = DeclaredIn(scope, name);
                if (type != null) return type.IsVar ? null : TypeName(type);
            }

            return null;
        }

        private static TypeSyntax? DeclaredIn(SyntaxNode scope, string name)
        {
            switch (scope)
            {
                case BaseMethodDeclarationSyntax method when method.ParameterList.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name) is { Type: { } parameterType }:
                    return parameterType;
                case TypeDeclarationSyntax type:
                    if (type.ParameterList?.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name) is { Type: { } primaryType }) return primaryType;
                    foreach (MemberDeclarationSyntax member in type.Members)
                    {
                        if (member is FieldDeclarationSyntax field && field.Declaration.Variables.Any(v => v.Identifier.ValueText == name)) return field.Declaration.Type;
                        if (member is PropertyDeclarationSyntax property && property.Identifier.ValueText == name) return property.Type;
                    }

                    return null;
            }

            if (scope is BaseMethodDeclarationSyntax || scope is AccessorDeclarationSyntax || scope is PropertyDeclarationSyntax || scope is CompilationUnitSyntax)
            {
                foreach (SyntaxNode node in scope.DescendantNodes())
                {
                    if (node is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } variable && variable.Identifier.ValueText == name && !(declaration.Parent is FieldDeclarationSyntax)) return declaration.Type;
                    if (node is ParameterSyntax { Type: { } lambdaType } parameter && parameter.Identifier.ValueText == name) return lambdaType;
                }
            }

            return null;
        }

        private static string TypeName(TypeSyntax type) => type switch
        {
            NullableTypeSyntax nullable => TypeName(nullable.ElementType),
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => type.ToString(),
        };

        private static string? LastName(ExpressionSyntax expression) => Unwrap(expression) switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };

        // `x!` and `(x)` read as x.
        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                if (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
                else if (expression is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression)) expression = suppressed.Operand;
                else return expression;
            }
        }
    }
}
