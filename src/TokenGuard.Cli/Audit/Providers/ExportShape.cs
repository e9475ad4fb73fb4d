using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>The fields a provider's export record has: the join id it must carry and every field this reader knows.</summary>
    internal sealed class ExportShape
    {
        public ExportShape(string name, string[] required, params string[] known)
        {
            Name = name;
            Required = required;
            Known = new HashSet<string>(known, StringComparer.Ordinal);
            Known.UnionWith(required);
        }

        public string Name { get; }

        public IReadOnlyList<string> Required { get; }

        public HashSet<string> Known { get; }
    }
}
