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
        public static string Write(string file, IEnumerable<ManifestDiagnostic> diagnostics, InventoryContext context) =>
            Write(diagnostics.Select(d => new KeyValuePair<string, ManifestDiagnostic>(file, d)), context);

        /// <summary>Findings in several files (the command line's scan), keyed by repository-relative path.</summary>
        public static string Write(IEnumerable<KeyValuePair<string, ManifestDiagnostic>> findings, InventoryContext context)
        {
            List<KeyValuePair<string, ManifestDiagnostic>> ordered = findings
                .OrderBy(f => f.Key, StringComparer.Ordinal).ThenBy(f => f.Value.Location.Line).ThenBy(f => f.Value.Location.Column)
                .ThenBy(f => f.Value.Id, StringComparer.Ordinal).ThenBy(f => f.Value.Message, StringComparer.Ordinal)
                .ToList();
            List<string> ruleIds = ordered.Select(f => f.Value.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

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
                foreach (KeyValuePair<string, ManifestDiagnostic> finding in ordered)
                {
                    ManifestDiagnostic diagnostic = finding.Value;
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
                    json.WriteString("uri", finding.Key.Replace('\\', '/'));
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

            // The redaction gate over the whole text: no field this writer forgot can carry a token out.
            return Redaction.RedactSecrets(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n")!;
        }
    }
}
