using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// Writes the inventory artifact (<c>tokenguard-inventory.json</c>): every manifest field per token,
    /// sorted and stable so the same input gives the same bytes. Never a token value.
    /// </summary>
    public static class JsonInventoryWriter
    {
        public const int SchemaVersion = 1;

        /// <param name="usages">Where tokens are used (TG0010 from the compiler); null when not known (before compile).</param>
        public static string Write(TokenManifest manifest, InventoryContext context, IReadOnlyList<UsageLocation>? usages = null)
        {
            ILookup<string, UsageLocation> usedAt = (usages ?? Array.Empty<UsageLocation>()).ToLookup(u => u.TokenId, StringComparer.Ordinal);
            using var buffer = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", SchemaVersion);
                json.WriteString("tool", "TokenGuard");
                json.WriteString("toolVersion", context.ToolVersion);
                InventoryTokenJson.WriteOptional(json, "repository", context.Repository);
                InventoryTokenJson.WriteOptional(json, "commit", context.Commit);
                InventoryTokenJson.WriteOptional(json, "project", context.Project);
                InventoryTokenJson.WriteOptional(json, "generatedAt", context.GeneratedAt);
                InventoryTokenJson.WriteOptional(json, "manifest", context.ManifestPath);
                json.WriteStartArray("tokens");
                foreach (ManifestEntry entry in manifest.Entries.OrderBy(e => e.Id ?? "", StringComparer.Ordinal).ThenBy(e => e.Location.Line))
                {
                    IEnumerable<UsageLocation> locations = entry.Id is null ? Enumerable.Empty<UsageLocation>() : usedAt[entry.Id];
                    InventoryTokenJson.Write(json, ToInventoryToken(entry, usages is null ? null : locations, context.Project));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            // Utf8JsonWriter indents with the platform newline; the artifact always uses '\n'.
            // The redaction gate over the whole text: no field this writer forgot can carry a token out.
            return Redaction.RedactSecrets(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n")!;
        }

        /// <summary>The inventory's view of a manifest entry; <paramref name="locations"/> null before compile.</summary>
        public static InventoryToken ToInventoryToken(ManifestEntry entry, IEnumerable<UsageLocation>? locations, string? project) => new InventoryToken
        {
            Id = entry.Id,
            Description = entry.Description,
            Owner = entry.Owner,
            Steward = entry.Steward,
            System = entry.System,
            Scope = entry.Scope.ToList(),
            Created = FormatDate(entry.Created),
            Expires = entry.NeverExpires ? "never" : FormatDate(entry.Expires),
            Justification = entry.Justification,
            Rotation = entry.Rotation,
            Environments = entry.Environments.ToList(),
            Usages = entry.Usages
                .OrderBy(u => u.Kind, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal)
                .Select(u => new InventoryUsage(u.Kind, u.Name))
                .ToList(),
            ProviderKind = entry.ProviderKind,
            ProviderRef = entry.ProviderRef,

            // A malformed fingerprint may be a pasted token (TG1005): it never reaches the artifact.
            Fingerprints = entry.Fingerprints.Where(ManifestValidator.IsWellFormedFingerprint).OrderBy(f => f, StringComparer.Ordinal).ToList(),
            ManifestLine = entry.Location.Line,
            UsedAt = locations?
                .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line)
                .GroupBy(l => (l.File, l.Line)).Select(g => new InventoryUsedAt(project, g.Key.File, g.Key.Line))
                .ToList(),
        };

        private static string? FormatDate(DateTime? date) => date is DateTime day ? Conventions.FormatDate(day) : null;
    }
}
