using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Credential sinks keyed by the symbols of their declaring types, resolved once per compilation, with the names a
    /// call or assignment must show in its syntax to be one of them (the syntactic pre-check before any semantic model).
    /// </summary>
    internal sealed class SinkIndex
    {
        private readonly Dictionary<INamedTypeSymbol, List<CredentialSink>> _byType;

        private SinkIndex(Dictionary<INamedTypeSymbol, List<CredentialSink>> byType)
        {
            _byType = byType;
            foreach (KeyValuePair<INamedTypeSymbol, List<CredentialSink>> pair in byType)
            {
                foreach (CredentialSink sink in pair.Value)
                {
                    if (sink.MemberName == ".ctor") ConstructorTypeNames.Add(pair.Key.Name);
                    else MemberNames.Add(sink.MemberName);
                }
            }
        }

        public bool IsEmpty => _byType.Count == 0;

        /// <summary>Methods and properties that are sinks, by name (a call or assignment spells the member's own name).</summary>
        public HashSet<string> MemberNames { get; } = new HashSet<string>();

        /// <summary>Types whose constructors are sinks, by simple name (a <c>new</c> spells it, or an alias of it).</summary>
        public HashSet<string> ConstructorTypeNames { get; } = new HashSet<string>();

        public static SinkIndex Create(IEnumerable<CredentialSink> sinks, Compilation compilation)
        {
            var byType = new Dictionary<INamedTypeSymbol, List<CredentialSink>>(SymbolEqualityComparer.Default);
            foreach (CredentialSink sink in sinks)
            {
                if (!(compilation.GetTypeByMetadataName(sink.TypeName) is INamedTypeSymbol type)) continue;
                if (!byType.TryGetValue(type, out List<CredentialSink>? list)) byType[type] = list = new List<CredentialSink>();
                list.Add(sink);
            }

            return new SinkIndex(byType);
        }

        public IEnumerable<CredentialSink> For(ISymbol member)
        {
            if (!(member.ContainingType is INamedTypeSymbol type) || !_byType.TryGetValue(type.OriginalDefinition, out List<CredentialSink>? sinks)) return Enumerable.Empty<CredentialSink>();
            string name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? ".ctor" : member.Name;
            return sinks.Where(s => s.MemberName == name);
        }
    }
}
