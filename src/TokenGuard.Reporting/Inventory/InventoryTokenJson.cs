using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// The JSON shape of one inventory token (docs/tokenguard-inventory.schema.json), written by the build's
    /// artifact and by <c>tokenguard inventory merge</c>, and read back by merge and audit.
    /// </summary>
    public static class InventoryTokenJson
    {
        public static void Write(Utf8JsonWriter json, InventoryToken token)
        {
            json.WriteStartObject();
            WriteOptional(json, "id", token.Id);
            WriteOptional(json, "description", token.Description);
            WriteOptional(json, "owner", token.Owner);
            WriteOptional(json, "steward", token.Steward);
            WriteOptional(json, "system", token.System);
            WriteList(json, "scope", token.Scope);
            WriteOptional(json, "created", token.Created);
            WriteOptional(json, "expires", token.Expires);
            WriteOptional(json, "justification", token.Justification);
            WriteOptional(json, "rotation", token.Rotation);
            WriteList(json, "environments", token.Environments);
            json.WriteStartArray("usages");
            foreach (InventoryUsage usage in token.Usages)
            {
                json.WriteStartObject();
                WriteOptional(json, "kind", usage.Kind);
                WriteOptional(json, "name", usage.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (token.ProviderKind != null || token.ProviderRef != null)
            {
                json.WriteStartObject("provider");
                WriteOptional(json, "kind", token.ProviderKind);
                WriteOptional(json, "ref", token.ProviderRef);
                json.WriteEndObject();
            }

            WriteList(json, "fingerprints", token.Fingerprints);
            json.WriteNumber("manifestLine", token.ManifestLine);
            if (token.UsedAt != null)
            {
                json.WriteStartArray("usedAt");
                foreach (InventoryUsedAt location in token.UsedAt)
                {
                    json.WriteStartObject();
                    WriteOptional(json, "project", location.Project);
                    WriteOptional(json, "file", location.File);
                    json.WriteNumber("line", location.Line);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (token.Sources.Count > 0)
            {
                json.WriteStartArray("sources");
                foreach (InventorySource source in token.Sources)
                {
                    json.WriteStartObject();
                    WriteOptional(json, "repository", source.Repository);
                    WriteOptional(json, "commit", source.Commit);
                    WriteOptional(json, "project", source.Project);
                    WriteOptional(json, "manifest", source.Manifest);
                    json.WriteNumber("manifestLine", source.ManifestLine);
                    WriteOptional(json, "artifact", source.Artifact);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        /// <summary>Reads one token object; throws <see cref="InventoryFormatException"/> naming the field that is wrong.</summary>
        public static InventoryToken Read(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object) throw new InventoryFormatException("a token must be a JSON object");
            var token = new InventoryToken();
            foreach (JsonProperty property in element.EnumerateObject())
            {
                JsonElement value = property.Value;
                switch (property.Name)
                {
                    case "id": token.Id = String(property); break;
                    case "description": token.Description = String(property); break;
                    case "owner": token.Owner = String(property); break;
                    case "steward": token.Steward = String(property); break;
                    case "system": token.System = String(property); break;
                    case "scope": token.Scope = Strings(property); break;
                    case "created": token.Created = String(property); break;
                    case "expires": token.Expires = String(property); break;
                    case "justification": token.Justification = String(property); break;
                    case "rotation": token.Rotation = String(property); break;
                    case "environments": token.Environments = Strings(property); break;
                    case "fingerprints": token.Fingerprints = Strings(property); break;
                    case "manifestLine": token.ManifestLine = Integer(property); break;
                    case "usages":
                        token.Usages = Objects(property).Select(u => new InventoryUsage(Required(u, "kind"), Required(u, "name"))).ToList();
                        break;
                    case "provider":
                        if (value.ValueKind != JsonValueKind.Object) throw Wrong(property, "an object");
                        token.ProviderKind = Optional(value, "kind");
                        token.ProviderRef = Optional(value, "ref");
                        break;
                    case "usedAt":
                        token.UsedAt = Objects(property).Select(u => new InventoryUsedAt(Optional(u, "project"), Required(u, "file"), Integer(u, "line"))).ToList();
                        break;
                    case "sources":
                        token.Sources = Objects(property).Select(ReadSource).ToList();
                        break;
                    default:
                        throw new InventoryFormatException($"unknown token field '{property.Name}'");
                }
            }

            return token;
        }

        private static InventorySource ReadSource(JsonElement source) => new InventorySource
        {
            Repository = Optional(source, "repository"),
            Commit = Optional(source, "commit"),
            Project = Optional(source, "project"),
            Manifest = Optional(source, "manifest"),
            ManifestLine = source.TryGetProperty("manifestLine", out JsonElement line) && line.TryGetInt32(out int number) ? number : 0,
            Artifact = Optional(source, "artifact"),
        };

        private static string? String(JsonProperty property) =>
            property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : throw Wrong(property, "a string");

        private static int Integer(JsonProperty property) =>
            property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int value) ? value : throw Wrong(property, "an integer");

        private static int Integer(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
                ? number
                : throw new InventoryFormatException($"'{name}' must be an integer");

        private static List<string> Strings(JsonProperty property)
        {
            if (property.Value.ValueKind != JsonValueKind.Array) throw Wrong(property, "an array of strings");
            return property.Value.EnumerateArray()
                .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong(property, "an array of strings"))
                .ToList();
        }

        private static IEnumerable<JsonElement> Objects(JsonProperty property)
        {
            if (property.Value.ValueKind != JsonValueKind.Array) throw Wrong(property, "an array of objects");
            return property.Value.EnumerateArray()
                .Select(item => item.ValueKind == JsonValueKind.Object ? item : throw Wrong(property, "an array of objects"))
                .ToList();
        }

        private static string? Optional(JsonElement element, string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string Required(JsonElement element, string name) =>
            Optional(element, name) ?? throw new InventoryFormatException($"'{name}' is required and must be a string");

        private static InventoryFormatException Wrong(JsonProperty property, string expected) =>
            new InventoryFormatException($"'{property.Name}' must be {expected}");

        internal static void WriteOptional(Utf8JsonWriter json, string name, string? value)
        {
            // Every string of an inventory passes the redaction gate: the artifact, the merge and their readers.
            if (value != null) json.WriteString(name, Redaction.RedactSecrets(value));
        }

        private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (string value in values) json.WriteStringValue(Redaction.RedactSecrets(value));
            json.WriteEndArray();
        }
    }
}
