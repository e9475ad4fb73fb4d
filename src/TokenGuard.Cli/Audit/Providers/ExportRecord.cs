using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>
    /// One record of a provider's JSON export with the line it starts on. Typed reads fail with the file
    /// and line (a wrong date or type is a broken export, never a silently skipped token).
    /// </summary>
    internal sealed class ExportRecord
    {
        public ExportRecord(string file, int line, JsonElement element)
        {
            File = file;
            Line = line;
            Element = element;
        }

        public string File { get; }

        public int Line { get; }

        public JsonElement Element { get; }

        /// <summary>Where a field came from, for the report: <c>file:line field</c>.</summary>
        public string Where(string field) => $"{System.IO.Path.GetFileName(File)}:{Line} {field}";

        public InputFileException Error(string message) => new InputFileException(File, Line, message);

        /// <summary>Rejects records without their join id, and fields this reader does not know (a different export or API version).</summary>
        public void CheckFields(ExportShape shape, ExportReadOptions options)
        {
            foreach (string required in shape.Required)
            {
                if (!Element.TryGetProperty(required, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
                    throw Error($"{shape.Name} record has no '{required}'");
            }

            foreach (JsonProperty property in Element.EnumerateObject())
            {
                if (shape.Known.Contains(property.Name)) continue;
                string message = $"unknown field '{property.Name}' in a {shape.Name} record";
                if (!options.Lenient) throw Error(message + " (a different export or API version?; --lenient reads it anyway)");
                options.Warn($"{File}({Line}): warning: {message}, ignored");
            }
        }

        public string? String(string name) =>
            Element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error($"'{name}' must be a string")
                : null;

        /// <summary>An id that providers write as a number (GitHub, GitLab) or a string (AWS, Azure DevOps).</summary>
        public string? Id(string name)
        {
            if (!Element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
            return value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString(),
                _ => throw Error($"'{name}' must be a number or a string"),
            };
        }

        public bool? Bool(string name)
        {
            if (!Element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
            return value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.False ? false : throw Error($"'{name}' must be true or false"));
        }

        public Sourced<DateTimeOffset>? Date(string name)
        {
            string? text = String(name);
            if (text is null) return null;
            return ExportDates.TryParse(text, out DateTimeOffset date)
                ? new Sourced<DateTimeOffset>(date, Where(name))
                : throw Error($"'{name}' is '{text}', not a date (ISO 8601 expected)");
        }

        public Sourced<string>? Sourced(string name)
        {
            string? text = String(name);
            return string.IsNullOrEmpty(text) ? null : new Sourced<string>(text!, Where(name));
        }

        public IEnumerable<string> Strings(string name)
        {
            if (!Element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return Enumerable.Empty<string>();
            if (value.ValueKind != JsonValueKind.Array) throw Error($"'{name}' must be an array");
            return value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Error($"'{name}' must be an array of strings")).ToList();
        }

        public JsonElement? Object(string name)
        {
            if (!Element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null) return null;
            return value.ValueKind == JsonValueKind.Object ? value : throw Error($"'{name}' must be an object");
        }
    }

    /// <summary>The date forms the providers write: ISO 8601 with an offset, UTC without one (Azure DevOps), or a bare date (GitLab expiry).</summary>
    internal static class ExportDates
    {
        public static bool TryParse(string text, out DateTimeOffset date) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
            && text.Length >= 10 && char.IsDigit(text[0]);
    }
}
