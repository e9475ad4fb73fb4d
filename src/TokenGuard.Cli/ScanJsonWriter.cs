using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Cli
{
    /// <summary>
    /// <c>scan --format json</c>: one object a finding, indented, null members left out, non-ASCII text as is. Written
    /// member by member with <see cref="Utf8JsonWriter"/>, the writer JsonSerializer itself uses, so the bytes are those
    /// of serializing the rows; reflection-based serialization cost every scan about 25 ms of start-up (JIT and emit).
    /// </summary>
    internal static class ScanJsonWriter
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static string Write(IReadOnlyList<ReportedFinding> findings)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartArray();
                foreach (ReportedFinding reported in findings) WriteFinding(json, reported);
                json.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        private static void WriteFinding(Utf8JsonWriter json, ReportedFinding reported)
        {
            ScanFinding finding = reported.Finding;
            json.WriteStartObject();
            json.WriteString("file", finding.File);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteString("id", finding.DiagnosticId);
            json.WriteString("rule", finding.Rule);
            json.WriteString("message", finding.Message);
            WriteIfSet(json, "provider", finding.Token?.Rule.Provider);
            WriteIfSet(json, "redacted", finding.Redacted);
            WriteIfSet(json, "fingerprint", finding.Fingerprint);
            WriteIfSet(json, "commit", reported.Commit);
            WriteIfSet(json, "authorDate", reported.AuthorDate?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            if (reported.Live is LiveStatus live)
            {
                json.WriteStartObject("live");
                json.WriteBoolean("active", live.Active);
                json.WriteString("provider", live.Provider);
                json.WriteString("kind", live.Kind);
                WriteIfSet(json, "owner", live.Owner);
                json.WriteString("source", live.Source);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
        {
            if (value != null) json.WriteString(name, value);
        }
    }
}
