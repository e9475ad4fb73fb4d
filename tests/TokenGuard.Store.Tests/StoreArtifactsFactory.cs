using System.Collections.Generic;
using System.Linq;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary>Project artifacts as the build writes them, from a manifest's entries.</summary>
    internal static class Artifacts
    {
        public static string Entry(string id, string owner, string system = "stripe", string? providerRef = null, string expires = "2027-01-10", string description = "") =>
            $"  - id: {id}\n    owner: {owner}\n    system: {system}\n    scope: [charges:write]\n    created: 2026-01-10\n    expires: {expires}\n"
            + (description.Length > 0 ? $"    description: \"{description}\"\n" : "")
            + (providerRef is null ? "" : $"    provider:\n      kind: github\n      ref: \"{providerRef}\"\n");

        public static string Of(string repository, string project, string commit, params string[] entries)
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", "version: 1\ntokens:\n" + string.Concat(entries)).Manifest!;
            var context = new InventoryContext { ToolVersion = "1.0.0", Repository = repository, Project = project, Commit = commit, ManifestPath = "tokens.yaml" };
            return JsonInventoryWriter.Write(manifest, context, new List<UsageLocation>());
        }
    }
}
