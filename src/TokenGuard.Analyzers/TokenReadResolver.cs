using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Traces how code reads configuration and environment values back to constant keys:
    /// <c>Environment.GetEnvironmentVariable</c>, <c>config["a:b"]</c>, <c>GetValue&lt;T&gt;</c>,
    /// <c>GetSection("a")["b"]</c> and chains of sections (also through locals), <c>section.Value</c>,
    /// <c>GetConnectionString</c>. Keys may be constants, <c>nameof</c>, concatenations or interpolations of constants.
    /// </summary>
    internal sealed class TokenReadResolver
    {
        private const int MaxTraceDepth = 8;

        private readonly INamedTypeSymbol? _environment;
        private readonly INamedTypeSymbol? _configuration;
        private readonly INamedTypeSymbol? _configurationSection;

        public TokenReadResolver(Compilation compilation)
        {
            _environment = compilation.GetTypeByMetadataName("System.Environment");
            _configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
            _configurationSection = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
        }

        public bool CanReadConfiguration => _configuration != null;

        /// <summary>The read <paramref name="operation"/> performs, or null when it is not a traceable read.</summary>
        public TokenRead? Resolve(IOperation operation)
        {
            operation = Unwrap(operation);
            switch (operation)
            {
                case IInvocationOperation invocation:
                    return ResolveInvocation(invocation);
                case IPropertyReferenceOperation reference when IsConfiguration(reference.Property.ContainingType):
                    if (reference.Property.IsIndexer && reference.Arguments.Length == 1)
                    {
                        return Combine(reference.Instance, reference.Arguments[0].Value, prefix: null);
                    }

                    if (reference.Property.Name == "Value" && IsSection(reference.Property.ContainingType))
                    {
                        string? path = SectionPath(reference.Instance, 0);
                        return path is null || path.Length == 0 ? null : new TokenRead(TokenReadKind.ConfigurationKey, path, true, reference.Syntax.GetLocation());
                    }

                    return null;
                default:
                    return null;
            }
        }

        private TokenRead? ResolveInvocation(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (method.Name == TokenKeys.GetEnvironmentVariable && SymbolEqualityComparer.Default.Equals(method.ContainingType, _environment) && invocation.Arguments.Length > 0)
            {
                IOperation key = invocation.Arguments[0].Value;
                return ConstantString(key) is string name ? new TokenRead(TokenReadKind.EnvironmentVariable, name, true, key.Syntax.GetLocation()) : null;
            }

            if (_configuration is null) return null;
            IOperation? receiver = ConfigurationReceiver(invocation);
            if (receiver is null) return null;
            IArgumentOperation? keyArgument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key" || a.Parameter?.Name == "name");
            if (keyArgument is null) return null;

            switch (method.Name)
            {
                case TokenKeys.GetValue:
                    return Combine(receiver, keyArgument.Value, prefix: null);
                case TokenKeys.GetConnectionString:
                    return Combine(receiver, keyArgument.Value, prefix: TokenKeys.ConnectionStrings);
                default:
                    return null;
            }
        }

        /// <summary>The configuration path of the section <paramref name="operation"/> evaluates to; "" for the root; null when unknown.</summary>
        public string? SectionPath(IOperation? operation, int depth)
        {
            if (operation is null || depth > MaxTraceDepth) return null;
            operation = Unwrap(operation);
            switch (operation)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.Name is TokenKeys.GetSection or TokenKeys.GetRequiredSection:
                    IOperation? receiver = ConfigurationReceiver(invocation);
                    IArgumentOperation? key = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key");
                    if (receiver is null || key is null || !(ConstantString(key.Value) is string name)) return null;
                    string? parent = SectionPath(receiver, depth + 1);
                    return parent is null ? null : TokenKeys.Join(parent, name);
                case ILocalReferenceOperation local:
                    IOperation? initializer = InitializerOf(local);
                    return initializer is null ? null : SectionPath(initializer, depth + 1);
                default:
                    // A configuration root is the root; a section of unknown origin is unknown.
                    return operation.Type is ITypeSymbol type && IsConfiguration(type) && !IsSection(type) ? "" : null;
            }
        }

        public bool IsConfiguration(ITypeSymbol? type) =>
            _configuration != null && type != null
            && (SymbolEqualityComparer.Default.Equals(type, _configuration) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, _configuration)));

        private bool IsSection(ITypeSymbol type) =>
            _configurationSection != null
            && (SymbolEqualityComparer.Default.Equals(type, _configurationSection) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, _configurationSection)));

        // Extension methods (GetValue, GetSection on IConfiguration) take the configuration as their first argument.
        private IOperation? ConfigurationReceiver(IInvocationOperation invocation)
        {
            if (invocation.Instance != null) return IsConfiguration(invocation.Instance.Type) ? invocation.Instance : null;
            if (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                IOperation first = invocation.Arguments[0].Value;
                return IsConfiguration(Unwrap(first).Type) ? first : null;
            }

            return null;
        }

        private TokenRead? Combine(IOperation? receiver, IOperation keyOperation, string? prefix)
        {
            if (!(ConstantString(keyOperation) is string key)) return null;
            string? section = SectionPath(receiver, 0);
            string path = section is null ? key : TokenKeys.Join(section, prefix is null ? key : TokenKeys.Join(prefix, key));
            return new TokenRead(TokenReadKind.ConfigurationKey, path, section != null, keyOperation.Syntax.GetLocation());
        }

        /// <summary>The operation a local was initialised with (<c>var v = …;</c>), or null.</summary>
        internal static IOperation? InitializerOf(ILocalReferenceOperation local)
        {
            if (local.Local.DeclaringSyntaxReferences.Length != 1 || local.SemanticModel is null) return null;
            if (!(local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax declarator) || declarator.Initializer is null) return null;
            if (declarator.SyntaxTree != local.SemanticModel.SyntaxTree) return null;
            ExpressionSyntax value = declarator.Initializer.Value;
            // `x!` and `(x)` have no operation of their own.
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression } suppressed) value = suppressed.Operand;
            while (value is ParenthesizedExpressionSyntax parenthesized) value = parenthesized.Expression;
            return local.SemanticModel.GetOperation(value);
        }

        internal static string? ConstantString(IOperation operation) =>
            operation.ConstantValue.HasValue ? operation.ConstantValue.Value as string : null;

        /// <summary>The operand under implicit and explicit conversions.</summary>
        internal static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion) operation = conversion.Operand;
            return operation;
        }
    }
}
