using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TokenGuard.Cli.Audit
{
    /// <summary>The audit as JSON: verdict, counts, every live token with each field's source, and the inventory's gaps.</summary>
    internal static class AuditJsonWriter
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <remarks>Through the redaction gate: exports and inventories may quote a token in a name or note.</remarks>
        public static string Write(AuditReport report) => Redaction.RedactSecrets(JsonSerializer.Serialize(Model(report), Options) + "\n")!;

        /// <summary>The report as plain data, shared by the JSON output and the HTML report's embedded data.</summary>
        internal static object Model(AuditReport report) => new
        {
            tool = "TokenGuard",
            date = Conventions.FormatDate(report.Today),
            passed = report.Passed,
            coverage = report.Coverage,
            minimumCoverage = report.MinimumCoverage,
            liveTokens = report.LiveCount,
            inventoried = report.InventoriedCount,
            counts = AuditFinding.All.ToDictionary(code => code, report.Count),
            inputs = report.Inputs,
            warnings = report.Warnings,
            tokens = report.Tokens.Select(t => new
            {
                display = t.Live.Display,
                provider = t.Live.Provider,
                kind = t.Live.Kind,
                @ref = t.Live.Ref,
                active = t.Live.Active,
                source = t.Live.Source,
                inventoryId = t.Entry?.Token.Id,
                matchedBy = t.MatchedBy,
                owner = t.Owner,
                expires = t.Expires,
                findings = t.Findings,
                findingDetails = t.FindingDetails,
                fields = t.Fields.Select(f => new { name = f.Name, value = f.Value, source = f.Source }),
                notes = t.Live.Notes,
            }),
            entries = report.EntryFindings.Select(f => new { id = f.Entry.Token.Id, declaredAt = f.Entry.Source, finding = f.Code, detail = f.Detail }),
        };
    }
}
