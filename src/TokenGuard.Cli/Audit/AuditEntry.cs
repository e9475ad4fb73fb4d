using System.Collections.Generic;
using System.Linq;
using TokenGuard.Cli.Inventory;
using TokenGuard.Inventory;

namespace TokenGuard.Cli.Audit
{
    /// <summary>An inventory token with the repositories that declared it, as the audit matches it.</summary>
    internal sealed class AuditEntry
    {
        public AuditEntry(InventoryToken token, IReadOnlyList<string> repositories, string source)
        {
            Token = token;
            Repositories = repositories;
            Source = source;
        }

        public InventoryToken Token { get; }

        /// <summary>Short repository names (the <c>&lt;repo&gt;</c> of <c>tg:&lt;repo&gt;/&lt;id&gt;</c>).</summary>
        public IReadOnlyList<string> Repositories { get; }

        /// <summary>Where the entry was declared, for field provenance: <c>inventory contoso-payments tokens.yaml:12</c>.</summary>
        public string Source { get; }

        public string Display => Token.Id ?? $"(entry at {Source})";

        public static IEnumerable<AuditEntry> From(InventoryArtifact inventory) => inventory.Tokens.Select(token =>
        {
            List<InventorySource> sources = token.Sources.Count > 0
                ? token.Sources
                : new List<InventorySource> { new InventorySource { Repository = inventory.Repository, Manifest = inventory.Manifest, ManifestLine = token.ManifestLine } };
            string[] repositories = sources.Where(s => s.Repository != null).Select(s => ProviderKinds.RepositoryName(s.Repository!)).Distinct().ToArray();
            InventorySource first = sources[0];
            string source = $"inventory {(first.Repository is null ? "" : ProviderKinds.RepositoryName(first.Repository) + " ")}{first.Manifest ?? "tokens.yaml"}:{first.ManifestLine}";
            return new AuditEntry(token, repositories, source);
        });
    }
}
