using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>SARIF 2.1.0 log of the manifest checks (TG1xxx), for code-scanning upload.</summary>
    public static class SarifFindingsWriter
    {
        /// <param name="file">The manifest's path as it should appear (relative to the repository root).</param>
        public static string Write(string file, IEnumerable<ManifestDiagnostic> diagnostics, InventoryContext context)
        {
            List<ManifestDiagnostic> ordered = diagnostics
                .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
            List<string> ruleIds = ordered.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "TokenGuard");
                if (context.ToolVersion.Length > 0) json.WriteString("version", context.ToolVersion);
                json.WriteString("informationUri", "https://github.com/tokenguard/tokenguard");
                json.WriteStartArray("rules");
                foreach (string id in ruleIds)
                {
                    json.WriteStartObject();
                    json.WriteString("id", id);
                    json.WriteString("helpUri", DiagnosticIds.HelpLink(id));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (ManifestDiagnostic diagnostic in ordered)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", diagnostic.Id);
                    json.WriteNumber("ruleIndex", ruleIds.IndexOf(diagnostic.Id));
                    json.WriteString("level", diagnostic.Severity switch { ManifestSeverity.Error => "error", ManifestSeverity.Warning => "warning", _ => "note" });
                    json.WriteStartObject("message");
                    json.WriteString("text", diagnostic.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", file.Replace('\\', '/'));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", Math.Max(1, diagnostic.Location.Line));
                    json.WriteNumber("startColumn", Math.Max(1, diagnostic.Location.Column));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
        }
    }
}
