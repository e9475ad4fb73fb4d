using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// Reads TG0010 results from the compiler's SARIF 2.1 error log: how token usages found by the
    /// analyzers reach the MSBuild task that writes the inventory. The token id is the diagnostic's
    /// <see cref="DiagnosticProperties.TokenId"/> property, which the compiler writes (since before
    /// Roslyn 4.8) as <c>result.properties.customProperties</c>; the message is never parsed.
    /// </summary>
    public static class SarifUsageReader
    {
        private static readonly byte[] UsageRuleId = Encoding.UTF8.GetBytes(DiagnosticIds.TokenUsageLocated);

        /// <summary>Usages in <paramref name="sarif"/>, paths made relative to <paramref name="rootDirectory"/> when under it.</summary>
        public static IReadOnlyList<UsageLocation> Read(string sarif, string? rootDirectory) => Read(Encoding.UTF8.GetBytes(sarif), rootDirectory);

        /// <summary>
        /// The same from the log's bytes. A build's log can hold tens of megabytes of other analyzers' results
        /// (CA rules on every method): they are skipped by a forward reader, never built into a document.
        /// </summary>
        public static IReadOnlyList<UsageLocation> Read(byte[] sarif, string? rootDirectory)
        {
            var usages = new List<UsageLocation>();
            if (sarif.AsSpan().IndexOf(UsageRuleId) < 0) return usages;
            var reader = new Utf8JsonReader(sarif, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("results")) continue;
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) continue;
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!IsUsageResult(reader))
                    {
                        reader.Skip();
                        continue;
                    }

                    using JsonDocument document = JsonDocument.ParseValue(ref reader);
                    JsonElement result = document.RootElement;
                    string? tokenId = CustomProperty(result, DiagnosticProperties.TokenId);
                    if (string.IsNullOrEmpty(tokenId) || !TryGetLocation(result, out string? uri, out int line)) continue;
                    usages.Add(new UsageLocation(tokenId!, RelativePath(uri!, rootDirectory), line));
                }
            }

            return usages;
        }

        /// <summary>Looks ahead (on a copy of the reader, positioned on the result's start) for its ruleId.</summary>
        private static bool IsUsageResult(Utf8JsonReader reader)
        {
            int depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1) continue;
                if (!reader.ValueTextEquals("ruleId"))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                return reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(UsageRuleId);
            }

            return false;
        }

        // Roslyn's SARIF loggers write Diagnostic.Properties as "properties": { "customProperties": { key: value } }.
        private static string? CustomProperty(JsonElement result, string name) =>
            result.TryGetProperty("properties", out JsonElement properties)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("customProperties", out JsonElement custom)
            && custom.ValueKind == JsonValueKind.Object
                ? String(custom, name)
                : null;

        private static bool TryGetLocation(JsonElement result, out string? uri, out int line)
        {
            uri = null;
            line = 0;
            if (!result.TryGetProperty("locations", out JsonElement locations) || locations.GetArrayLength() == 0) return false;
            if (!locations[0].TryGetProperty("physicalLocation", out JsonElement physical)) return false;
            uri = physical.TryGetProperty("artifactLocation", out JsonElement artifact) ? String(artifact, "uri") : null;
            if (physical.TryGetProperty("region", out JsonElement region) && region.TryGetProperty("startLine", out JsonElement start)) line = start.GetInt32();
            return uri != null;
        }

        private static string RelativePath(string uri, string? rootDirectory)
        {
            string path = Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : Uri.UnescapeDataString(uri);
            return RepositoryPaths.Relative(rootDirectory, path);
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
