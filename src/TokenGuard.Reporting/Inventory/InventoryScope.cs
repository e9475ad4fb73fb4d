using System;
using System.Collections.Generic;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>Which manifest entries a project's inventory lists.</summary>
    public static class InventoryScope
    {
        /// <summary>
        /// Only the entries this project uses (one manifest shared by a solution, one inventory per project).
        /// Without usage information (before the first compile) every entry is kept.
        /// </summary>
        public static TokenManifest UsedOnly(TokenManifest manifest, IReadOnlyList<UsageLocation>? usages)
        {
            if (usages is null) return manifest;
            var used = new HashSet<string>(usages.Select(u => u.TokenId), StringComparer.Ordinal);
            return new TokenManifest(manifest.Path, manifest.Entries.Where(e => e.Id != null && used.Contains(e.Id)).ToList(), manifest.Policy, manifest.Sinks);
        }
    }
}
