using System;
using System.Text.Json;
using TokenGuard.Inventory;
using TokenGuard.Json;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// Reads a TokenGuard inventory (a project's artifact or a merged one) with a forward-only reader, one
    /// token at a time; anything off-schema is an <see cref="InputFileException"/> with the file and line.
    /// </summary>
    internal static class InventoryArtifactReader
    {
        public static InventoryArtifact Read(string path)
        {
            byte[] bytes = JsonInput.Read(path, "an inventory", allowComments: true);

            var lines = new JsonLineMap(bytes);
            var artifact = new InventoryArtifact(path);
            var reader = new Utf8JsonReader(bytes, JsonInput.ReaderOptions(allowComments: true));
            try
            {
                ReadDocument(ref reader, artifact, lines);
            }
            catch (InventoryFormatException ex)
            {
                throw new InputFileException(path, lines.LineAt(reader.TokenStartIndex), ex.Message);
            }

            return artifact;
        }

        private static void ReadDocument(ref Utf8JsonReader reader, InventoryArtifact artifact, JsonLineMap lines)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new InventoryFormatException("an inventory is a JSON object with a 'tokens' array");
            bool sawTool = false, sawTokens = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "tokens":
                        ReadTokens(ref reader, artifact, lines);
                        sawTokens = true;
                        break;
                    case "tool":
                        sawTool = reader.TokenType == JsonTokenType.String && reader.GetString() == "TokenGuard";
                        if (!sawTool) throw new InventoryFormatException("'tool' must be \"TokenGuard\": this is not a TokenGuard inventory");
                        break;
                    case "schemaVersion":
                        // TryGetInt32: 99999999999 or 1.0 is a wrong version, not an overflow.
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out int version) || version != JsonInventoryWriter.SchemaVersion)
                            throw new InventoryFormatException($"schemaVersion {JsonInventoryWriter.SchemaVersion} expected; this tokenguard cannot read this inventory");
                        break;
                    case "repository": artifact.Repository = StringValue(ref reader, name); break;
                    case "commit": artifact.Commit = StringValue(ref reader, name); break;
                    case "project": artifact.Project = StringValue(ref reader, name); break;
                    case "manifest": artifact.Manifest = StringValue(ref reader, name); break;
                    case "toolVersion": artifact.ToolVersion = StringValue(ref reader, name); break;
                    case "generatedAt":
                        StringValue(ref reader, name);
                        break;
                    default:
                        throw new InventoryFormatException($"unknown field '{name}'");
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject) throw new InventoryFormatException("expected a property name");
            if (reader.Read()) throw new InventoryFormatException("unexpected content after the inventory object");
            if (!sawTool || !sawTokens) throw new InventoryFormatException("not a TokenGuard inventory: 'tool' and 'tokens' are required");
        }

        private static void ReadTokens(ref Utf8JsonReader reader, InventoryArtifact artifact, JsonLineMap lines)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new InventoryFormatException("'tokens' must be an array");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                long start = reader.TokenStartIndex;
                using JsonDocument token = JsonDocument.ParseValue(ref reader);
                try
                {
                    artifact.Tokens.Add(InventoryTokenJson.Read(token.RootElement));
                }
                catch (InventoryFormatException ex)
                {
                    throw new InputFileException(artifact.Path, lines.LineAt(start), ex.Message);
                }
            }
        }

        private static string? StringValue(ref Utf8JsonReader reader, string name) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new InventoryFormatException($"'{name}' must be a string");
    }
}
