using System;
using System.Collections.Generic;
using System.Text.Json;
using TokenGuard.Json;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>
    /// A provider's JSON export, parsed once to recognise its shape, then walked with a forward reader so
    /// every record knows the line it starts on. Truncated, invalid or too deeply nested JSON is an error with the line (<see cref="JsonInput"/>).
    /// </summary>
    internal sealed class ExportFile
    {
        private readonly byte[] _bytes;

        private ExportFile(string path, byte[] bytes, JsonElement root)
        {
            Path = path;
            _bytes = bytes;
            Root = root;
        }

        public string Path { get; }

        public JsonElement Root { get; }

        public static ExportFile Open(string path)
        {
            byte[] bytes = JsonInput.Read(path, "an export", allowComments: false);
            using JsonDocument document = JsonDocument.Parse(bytes, JsonInput.DocumentOptions(allowComments: false));
            return new ExportFile(path, bytes, document.RootElement.Clone());
        }

        public bool RootHas(string property) => Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty(property, out _);

        public bool FirstRecordHas(string? arrayProperty, string field)
        {
            JsonElement array = arrayProperty is null ? Root : Root.ValueKind == JsonValueKind.Object && Root.TryGetProperty(arrayProperty, out JsonElement a) ? a : default;
            if (array.ValueKind != JsonValueKind.Array) return false;
            foreach (JsonElement record in array.EnumerateArray())
                return record.ValueKind == JsonValueKind.Object && record.TryGetProperty(field, out _);
            return false;
        }

        /// <summary>
        /// The records of the array at the root (<paramref name="arrayProperty"/> null) or under a root property,
        /// each checked against <paramref name="shape"/>. Other root properties must be in <paramref name="rootFields"/>.
        /// </summary>
        public IReadOnlyList<ExportRecord> Records(string? arrayProperty, ExportShape shape, ExportReadOptions options, params string[] rootFields)
        {
            var records = new List<ExportRecord>();
            var lines = new JsonLineMap(_bytes);
            var reader = new Utf8JsonReader(_bytes, JsonInput.ReaderOptions(allowComments: false));
            reader.Read();
            if (arrayProperty is null)
            {
                ReadArray(ref reader, records, lines, shape, options);
                return records;
            }

            if (reader.TokenType != JsonTokenType.StartObject) throw new InputFileException(Path, 1, $"a {shape.Name} export is a JSON object with '{arrayProperty}'");
            bool found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                int line = lines.LineAt(reader.TokenStartIndex);
                reader.Read();
                if (name == arrayProperty)
                {
                    found = true;
                    if (reader.TokenType != JsonTokenType.Null) ReadArray(ref reader, records, lines, shape, options);
                }
                else if (Array.IndexOf(rootFields, name) >= 0 || options.Lenient)
                {
                    reader.Skip();
                }
                else
                {
                    throw new InputFileException(Path, line, $"unknown field '{name}' in a {shape.Name} export");
                }
            }

            if (!found) throw new InputFileException(Path, 1, $"a {shape.Name} export has a '{arrayProperty}' array");
            return records;
        }

        private void ReadArray(ref Utf8JsonReader reader, List<ExportRecord> records, JsonLineMap lines, ExportShape shape, ExportReadOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new InputFileException(Path, lines.LineAt(reader.TokenStartIndex), $"a {shape.Name} export lists its records in a JSON array");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = lines.LineAt(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject) throw new InputFileException(Path, line, $"a {shape.Name} record must be a JSON object");
                using JsonDocument record = JsonDocument.ParseValue(ref reader);
                var exportRecord = new ExportRecord(Path, line, record.RootElement.Clone());
                exportRecord.CheckFields(shape, options);
                records.Add(exportRecord);
            }
        }
    }
}
