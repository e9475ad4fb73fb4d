using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// Reads TG0010 results from the compiler's SARIF 2.1 error log: how token usages found by the
    /// analyzers reach the MSBuild task that writes the inventory.
    /// </summary>
    public static class SarifUsageReader
    {
        // Matches the TG0010 message format: "Reads token '<id>' registered in …".
        private static readonly Regex TokenIdPattern = new Regex("^Reads token '([^']+)'", RegexOptions.CultureInvariant);

        /// <summary>Usages in <paramref name="sarif"/>, paths made relative to <paramref name="rootDirectory"/> when under it.</summary>
        public static IReadOnlyList<UsageLocation> Read(string sarif, string? rootDirectory)
        {
            var usages = new List<UsageLocation>();
            using JsonDocument document = JsonDocument.Parse(sarif, new JsonDocumentOptions { AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("runs", out JsonElement runs) || runs.ValueKind != JsonValueKind.Array) return usages;
            foreach (JsonElement run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out JsonElement results) || results.ValueKind != JsonValueKind.Array) continue;
                foreach (JsonElement result in results.EnumerateArray())
                {
                    if (!(String(result, "ruleId") == DiagnosticIds.TokenUsageLocated)) continue;
                    string? message = result.TryGetProperty("message", out JsonElement m) ? String(m, "text") : null;
                    Match id = TokenIdPattern.Match(message ?? "");
                    if (!id.Success || !TryGetLocation(result, out string? uri, out int line)) continue;
                    usages.Add(new UsageLocation(id.Groups[1].Value, RelativePath(uri!, rootDirectory), line));
                }
            }

            return usages;
        }

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
