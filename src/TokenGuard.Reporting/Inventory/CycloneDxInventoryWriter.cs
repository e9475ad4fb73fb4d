using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// CycloneDX 1.6 BOM of the inventory, so it lands in tools that read SBOMs: each token is a
    /// <c>cryptographic-asset</c> of asset type <c>related-crypto-material</c>, with manifest fields as
    /// <c>tokenguard:</c> properties. Deterministic: the serial number derives from the content.
    /// </summary>
    public static class CycloneDxInventoryWriter
    {
        public static string Write(TokenManifest manifest, InventoryContext context)
        {
            string body = WriteBom(manifest, context, serialNumber: "urn:uuid:00000000-0000-0000-0000-000000000000");
            return WriteBom(manifest, context, SerialNumberOf(body));
        }

        private static string WriteBom(TokenManifest manifest, InventoryContext context, string serialNumber)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("bomFormat", "CycloneDX");
                json.WriteString("specVersion", "1.6");
                json.WriteString("serialNumber", serialNumber);
                json.WriteNumber("version", 1);
                WriteMetadata(json, context);
                json.WriteStartArray("components");
                foreach (ManifestEntry entry in InventoryRows.Ordered(manifest)) WriteComponent(json, entry);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            // The redaction gate over the whole text: no field this writer forgot can carry a token out.
            return Redaction.RedactSecrets(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n")!;
        }

        private static void WriteMetadata(Utf8JsonWriter json, InventoryContext context)
        {
            json.WriteStartObject("metadata");
            if (context.GeneratedAt != null) json.WriteString("timestamp", context.GeneratedAt + "T00:00:00Z");
            json.WriteStartObject("tools");
            json.WriteStartArray("components");
            json.WriteStartObject();
            json.WriteString("type", "application");
            json.WriteString("name", "TokenGuard");
            if (context.ToolVersion.Length > 0) json.WriteString("version", context.ToolVersion);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            if (context.Project != null)
            {
                json.WriteStartObject("component");
                json.WriteString("type", "application");
                json.WriteString("bom-ref", "project:" + context.Project);
                json.WriteString("name", context.Project);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private static void WriteComponent(Utf8JsonWriter json, ManifestEntry entry)
        {
            string id = entry.Id ?? "entry-line-" + entry.Location.Line;
            json.WriteStartObject();
            json.WriteString("type", "cryptographic-asset");
            json.WriteString("bom-ref", "token:" + id);
            json.WriteString("name", id);
            if (entry.Description != null) json.WriteString("description", entry.Description);
            json.WriteStartObject("cryptoProperties");
            json.WriteString("assetType", "related-crypto-material");
            json.WriteStartObject("relatedCryptoMaterialProperties");
            json.WriteString("type", MaterialType(entry));
            if (entry.ProviderRef != null) json.WriteString("id", entry.ProviderRef);
            json.WriteString("state", "active");
            if (entry.Created is DateTime created) json.WriteString("creationDate", InventoryRows.Date(created) + "T00:00:00Z");
            if (entry.Expires is DateTime expires) json.WriteString("expirationDate", InventoryRows.Date(expires) + "T00:00:00Z");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("properties");
            Property(json, "owner", entry.Owner);
            Property(json, "steward", entry.Steward);
            Property(json, "system", entry.System);
            Property(json, "scope", string.Join(";", entry.Scope));
            Property(json, "expires", InventoryRows.Expires(entry));
            Property(json, "rotation", entry.Rotation);
            Property(json, "environments", string.Join(";", entry.Environments));
            Property(json, "usages", InventoryRows.Usages(entry, ";"));
            Property(json, "provider", entry.ProviderKind);
            Property(json, "manifestLine", entry.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndArray();
            json.WriteEndObject();
        }

        // CycloneDX's related-crypto-material types that fit what a manifest entry describes (API keys are tokens).
        private static string MaterialType(ManifestEntry entry)
        {
            string words = ((entry.Id ?? "") + " " + (entry.Description ?? "")).ToLowerInvariant();
            if (words.Contains("password") || words.Contains("connection")) return "password";
            if (words.Contains("secret") || words.Contains("credential")) return "credential";
            return "token";
        }

        private static void Property(Utf8JsonWriter json, string name, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            json.WriteStartObject();
            json.WriteString("name", "tokenguard:" + name);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        // A UUID (version 8 layout) from the SHA-256 of the content: the same inventory, the same BOM bytes.
        private static string SerialNumberOf(string body)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(body));
            hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            string hex = string.Concat(hash.Take(16).Select(b => b.ToString("x2")));
            return "urn:uuid:" + hex.Substring(0, 8) + "-" + hex.Substring(8, 4) + "-" + hex.Substring(12, 4) + "-" + hex.Substring(16, 4) + "-" + hex.Substring(20, 12);
        }
    }
}
