using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenGuard.CodeFixes
{
    /// <summary>
    /// The <c>IConfiguration</c> that code at a position can read: a local declared before it, a parameter,
    /// or a field or property. Instance members are out of reach in static code and in field and property
    /// initializers (CS0236), primary-constructor parameters in static code. Sections are left out: their
    /// keys are relative. Locals win over parameters, parameters over members; then the first by name.
    /// </summary>
    internal static class ConfigurationInScope
    {
        private const string ConfigurationType = "Microsoft.Extensions.Configuration.IConfiguration";
        private const string SectionType = "Microsoft.Extensions.Configuration.IConfigurationSection";

        public static ISymbol? Find(ExpressionSyntax expression, SemanticModel model)
        {
            INamedTypeSymbol? configuration = model.Compilation.GetTypeByMetadataName(ConfigurationType);
            if (configuration is null) return null;
            INamedTypeSymbol? section = model.Compilation.GetTypeByMetadataName(SectionType);

            // A static local function or lambda captures nothing: only what it declares itself, and static members.
            SyntaxNode? staticFunction = expression.Ancestors().FirstOrDefault(a =>
                (a is LocalFunctionStatementSyntax function && function.Modifiers.Any(SyntaxKind.StaticKeyword))
                || (a is AnonymousFunctionExpressionSyntax lambda && lambda.Modifiers.Any(SyntaxKind.StaticKeyword)));
            MemberDeclarationSyntax? member = expression.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            bool staticContext = staticFunction != null
                || (member != null && member.Modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.ConstKeyword)));
            bool inInitializer = expression.Ancestors().Any(a =>
                a is EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }
                || a is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } } });

            return model.LookupSymbols(expression.SpanStart)
                .Where(s => IsConfiguration(TypeOf(s), configuration, section) && IsUsable(s, expression, staticContext, inInitializer))
                .Where(s => staticFunction is null || !(s is ILocalSymbol || s is IParameterSymbol) || s.DeclaringSyntaxReferences.Any(r => staticFunction.Span.Contains(r.Span)))
                .OrderBy(Rank)
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol property when !property.IsIndexer && !property.IsWriteOnly => property.Type,
            _ => null,
        };

        private static bool IsConfiguration(ITypeSymbol? type, INamedTypeSymbol configuration, INamedTypeSymbol? section)
        {
            if (type is null || !Is(type, configuration)) return false;
            return section is null || !Is(type, section);
        }

        private static bool Is(ITypeSymbol type, INamedTypeSymbol wanted) =>
            SymbolEqualityComparer.Default.Equals(type, wanted) || type.AllInterfaces.Contains(wanted, SymbolEqualityComparer.Default);

        private static bool IsUsable(ISymbol symbol, ExpressionSyntax expression, bool staticContext, bool inInitializer)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    // Locals are in scope in the whole block, but usable only after their declaration.
                    SyntaxReference? declaration = local.DeclaringSyntaxReferences.FirstOrDefault();
                    return declaration != null && declaration.SyntaxTree == expression.SyntaxTree && declaration.Span.End <= expression.SpanStart;
                case IParameterSymbol parameter:
                    return !IsPrimaryConstructorParameter(parameter) || !staticContext;
                default:
                    return symbol.IsStatic || (!staticContext && !inInitializer);
            }
        }

        private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter) =>
            parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax);

        private static int Rank(ISymbol symbol) => symbol switch
        {
            ILocalSymbol _ => 0,
            IParameterSymbol _ => 1,
            _ => 2,
        };
    }
}
