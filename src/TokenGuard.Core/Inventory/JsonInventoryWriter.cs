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
                WriteOptional(json, "repository", context.Repository);
                WriteOptional(json, "commit", context.Commit);
                WriteOptional(json, "project", context.Project);
                WriteOptional(json, "generatedAt", context.GeneratedAt);
                WriteOptional(json, "manifest", context.ManifestPath);
                json.WriteStartArray("tokens");
                foreach (ManifestEntry entry in manifest.Entries.OrderBy(e => e.Id ?? "", StringComparer.Ordinal).ThenBy(e => e.Location.Line))
                {
                    IEnumerable<UsageLocation> locations = entry.Id is null ? Enumerable.Empty<UsageLocation>() : usedAt[entry.Id];
                    WriteEntry(json, entry, usages is null ? null : locations, context.Project);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            // Utf8JsonWriter indents with the platform newline; the artifact always uses '\n'.
            return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        }

        private static void WriteEntry(Utf8JsonWriter json, ManifestEntry entry, IEnumerable<UsageLocation>? locations, string? project)
        {
            json.WriteStartObject();
            WriteOptional(json, "id", entry.Id);
            WriteOptional(json, "description", entry.Description);
            WriteOptional(json, "owner", entry.Owner);
            WriteOptional(json, "steward", entry.Steward);
            WriteOptional(json, "system", entry.System);
            WriteList(json, "scope", entry.Scope);
            WriteOptional(json, "created", FormatDate(entry.Created));
            WriteOptional(json, "expires", entry.NeverExpires ? "never" : FormatDate(entry.Expires));
            WriteOptional(json, "justification", entry.Justification);
            WriteOptional(json, "rotation", entry.Rotation);
            WriteList(json, "environments", entry.Environments);
            json.WriteStartArray("usages");
            foreach (TokenUsage usage in entry.Usages.OrderBy(u => u.Kind, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("kind", usage.Kind);
                json.WriteString("name", usage.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (entry.ProviderKind != null || entry.ProviderRef != null)
            {
                json.WriteStartObject("provider");
                WriteOptional(json, "kind", entry.ProviderKind);
                WriteOptional(json, "ref", entry.ProviderRef);
                json.WriteEndObject();
            }

            // A malformed fingerprint may be a pasted token (TG1005): it never reaches the artifact.
            WriteList(json, "fingerprints", entry.Fingerprints.Where(ManifestValidator.IsWellFormedFingerprint).OrderBy(f => f, StringComparer.Ordinal));
            json.WriteNumber("manifestLine", entry.Location.Line);
            if (locations != null)
            {
                json.WriteStartArray("usedAt");
                foreach (UsageLocation location in locations.OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).Distinct(UsageLocationComparer.Instance))
                {
                    json.WriteStartObject();
                    WriteOptional(json, "project", project);
                    json.WriteString("file", location.File);
                    json.WriteNumber("line", location.Line);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        private sealed class UsageLocationComparer : IEqualityComparer<UsageLocation>
        {
            public static readonly UsageLocationComparer Instance = new UsageLocationComparer();

            public bool Equals(UsageLocation? x, UsageLocation? y) => x != null && y != null && x.File == y.File && x.Line == y.Line;

            public int GetHashCode(UsageLocation obj) => StringComparer.Ordinal.GetHashCode(obj.File) ^ obj.Line;
        }

        private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
        {
            if (value != null) json.WriteString(name, value);
        }

        private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (string value in values) json.WriteStringValue(value);
            json.WriteEndArray();
        }

        private static string? FormatDate(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
