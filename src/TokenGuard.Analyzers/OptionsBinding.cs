using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Binding a configuration section to an options class (<c>Configure&lt;T&gt;(section)</c>,
    /// <c>section.Bind(options)</c>, <c>section.Get&lt;T&gt;()</c>, <c>AddOptions&lt;T&gt;().Bind(section)</c>)
    /// reads one key per property: the secret-looking ones (or their <c>[ConfigurationKeyName]</c>) are token reads.
    /// </summary>
    internal static class OptionsBinding
    {
        public static IEnumerable<string> SecretKeys(IInvocationOperation invocation, TokenReadResolver resolver)
        {
            if (!TryGetBinding(invocation, resolver, out IOperation? section, out ITypeSymbol? optionsType)) yield break;
            string? path = resolver.SectionPath(section, 0);
            if (path is null) yield break;

            foreach (string name in BoundPropertyNames(optionsType!))
            {
                if (SecretNames.NamesSecretSetting(name)) yield return path.Length == 0 ? name : path + ":" + name;
            }
        }

        private static bool TryGetBinding(IInvocationOperation invocation, TokenReadResolver resolver, out IOperation? section, out ITypeSymbol? optionsType)
        {
            IMethodSymbol method = invocation.TargetMethod;
            section = null;
            optionsType = null;
            IOperation? ConfigurationArgument() => invocation.Arguments.Select(a => a.Value).FirstOrDefault(v => resolver.IsConfiguration(TokenReadResolver.Unwrap(v).Type));

            switch (method.Name)
            {
                case "Configure" when method.TypeArguments.Length == 1:
                    section = ConfigurationArgument();
                    optionsType = method.TypeArguments[0];
                    break;
                case "Bind" when method.ContainingType.Name == "OptionsBuilder" && method.ContainingType.TypeArguments.Length == 1:
                    section = ConfigurationArgument();
                    optionsType = method.ContainingType.TypeArguments[0];
                    break;
                case "Bind":
                    section = ConfigurationArgument();
                    optionsType = invocation.Arguments.Select(a => TokenReadResolver.Unwrap(a.Value)).FirstOrDefault(v => v.Type != null && !resolver.IsConfiguration(v.Type))?.Type;
                    break;
                case "Get" when method.TypeArguments.Length == 1:
                    section = ConfigurationArgument() ?? invocation.Instance;
                    optionsType = method.TypeArguments[0];
                    break;
            }

            return section != null && optionsType is INamedTypeSymbol;
        }

        private static IEnumerable<string> BoundPropertyNames(ITypeSymbol type)
        {
            for (ITypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (IPropertySymbol property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.IsStatic || property.IsIndexer || property.SetMethod is null || property.DeclaredAccessibility != Accessibility.Public) continue;
                    AttributeData? renamed = property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "ConfigurationKeyNameAttribute");
                    yield return renamed?.ConstructorArguments.FirstOrDefault().Value as string ?? property.Name;
                }
            }
        }
    }
}
