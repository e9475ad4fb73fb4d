using System.IO;
using System.Reflection;
using System.Text.Json;

namespace TokenGuard.Cli.Audit
{
    /// <summary>
    /// A self-contained HTML report (no network, no external script): the audit's data embedded as JSON,
    /// drawn by an inline script into SVG charts (coverage, expiries per month, tokens per owner) and tables.
    /// </summary>
    internal static class AuditHtmlWriter
    {
        private const string Template = "TokenGuard.Cli.Audit.AuditReport.html";
        private const string DataPlaceholder = "/*AUDIT_DATA*/null";

        public static string Write(AuditReport report)
        {
            // The JSON report has passed the redaction gate; re-encoded with the default encoder, which escapes
            // '<', '>' and '&', so no value can close the script element.
            using JsonDocument redacted = JsonDocument.Parse(AuditJsonWriter.Write(report));
            string data = JsonSerializer.Serialize(redacted.RootElement);
            return LoadTemplate().Replace(DataPlaceholder, data);
        }

        private static string LoadTemplate()
        {
            using Stream stream = typeof(AuditHtmlWriter).Assembly.GetManifestResourceStream(Template)
                ?? throw new FileNotFoundException("embedded report template missing", Template);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
