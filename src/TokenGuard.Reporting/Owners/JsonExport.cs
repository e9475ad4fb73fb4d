using System;
using System.Collections.Generic;
using System.Text.Json;
using TokenGuard.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// A directory's JSON export, checked by <see cref="BoundedJson"/> (syntax, nesting, escapes), parsed once to
    /// recognise its shape, then walked with a forward reader so every record knows the line it starts on.
    /// </summary>
    internal sealed class JsonExport
    {
        private readonly byte[] _bytes;

        private JsonExport(byte[] bytes, JsonElement root)
        {
            _bytes = bytes;
            Root = root;
        }

        public JsonElement Root { get; }

        public static JsonExport Open(byte[] bytes)
        {
            try
            {
                BoundedJson.Check(bytes, "an owners export", allowComments: false);
            }
            catch (JsonInputException ex)
            {
                throw new OwnerExportException(ex.Line, ex.Message, ex.Column);
            }

            using JsonDocument document = JsonDocument.Parse(bytes, BoundedJson.DocumentOptions(allowComments: false));
            return new JsonExport(bytes, document.RootElement.Clone());
        }

        /// <summary>The root array's objects (<paramref name="arrayProperty"/> null) or those of the array under a root property, with their lines.</summary>
        public IReadOnlyList<(JsonElement Record, int Line)> Records(string? arrayProperty)
        {
            var records = new List<(JsonElement, int)>();
            var lines = new JsonLineMap(_bytes);
            var reader = new Utf8JsonReader(_bytes, BoundedJson.ReaderOptions(allowComments: false));
            reader.Read();
            if (arrayProperty is null)
            {
                ReadArray(ref reader, records, lines);
                return records;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool wanted = string.Equals(reader.GetString(), arrayProperty, StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (wanted && reader.TokenType == JsonTokenType.StartArray) ReadArray(ref reader, records, lines);
                else reader.Skip();
            }

            return records;
        }

        private static void ReadArray(ref Utf8JsonReader reader, List<(JsonElement, int)> records, JsonLineMap lines)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = lines.LineAt(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject) throw new OwnerExportException(line, "each record of an owners export must be a JSON object");
                using JsonDocument record = JsonDocument.ParseValue(ref reader);
                records.Add((record.RootElement.Clone(), line));
            }
        }

        /// <summary>A property by name, case-insensitively (Graph PowerShell writes AccountEnabled, the REST API accountEnabled).</summary>
        public static JsonElement? Property(JsonElement record, string name)
        {
            if (record.ValueKind != JsonValueKind.Object) return null;
            foreach (JsonProperty property in record.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
            }

            return null;
        }

        public static bool Has(JsonElement record, string name) => Property(record, name) is JsonElement value && value.ValueKind != JsonValueKind.Null;

        /// <summary>A string property; null when absent or null; an error at the record's line when it is another kind.</summary>
        public static string? String(JsonElement record, string name, int line)
        {
            if (!(Property(record, name) is JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
            throw new OwnerExportException(line, $"'{name}' must be a string");
        }

        /// <summary>A true/false property; null when absent or null.</summary>
        public static bool? Boolean(JsonElement record, string name, int line)
        {
            if (!(Property(record, name) is JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.True) return true;
            if (value.ValueKind == JsonValueKind.False) return false;
            throw new OwnerExportException(line, $"'{name}' must be true or false");
        }

        /// <summary>The first record of the array (root or under <paramref name="arrayProperty"/>), for shape detection.</summary>
        public JsonElement? FirstRecord(string? arrayProperty)
        {
            JsonElement? array = arrayProperty is null ? Root : Property(Root, arrayProperty);
            if (!(array is JsonElement a) || a.ValueKind != JsonValueKind.Array) return null;
            foreach (JsonElement record in a.EnumerateArray()) return record;
            return null;
        }

        public bool RootIsArray => Root.ValueKind == JsonValueKind.Array;

        public bool RootHasArray(string property) => Property(Root, property) is JsonElement value && value.ValueKind == JsonValueKind.Array;
    }
}
