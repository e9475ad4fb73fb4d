using System.Collections.Generic;
using System.Linq;
using System.Text;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// RFC 4180 CSV of the inventory for spreadsheets and CMDB imports: one row per token, lists joined
    /// with ';'. Cells that a spreadsheet would run as a formula are prefixed with a quote (OWASP CSV injection).
    /// </summary>
    public static class CsvInventoryWriter
    {
        private static readonly string[] Header =
        {
            "id", "description", "owner", "steward", "system", "scope", "created", "expires", "rotation", "environments",
            "usages", "provider_kind", "provider_ref", "project", "manifest", "manifest_line",
        };

        public static string Write(TokenManifest manifest, InventoryContext context)
        {
            var csv = new StringBuilder();
            AppendRow(csv, Header);
            foreach (ManifestEntry entry in InventoryRows.Ordered(manifest))
            {
                AppendRow(csv, new[]
                {
                    entry.Id, entry.Description, entry.Owner, entry.Steward, entry.System, string.Join(";", entry.Scope),
                    InventoryRows.Date(entry.Created), InventoryRows.Expires(entry), entry.Rotation, string.Join(";", entry.Environments),
                    InventoryRows.Usages(entry, ";"), entry.ProviderKind, entry.ProviderRef, context.Project, context.ManifestPath,
                    entry.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }

            return csv.ToString();
        }

        private static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
        {
            csv.Append(string.Join(",", cells.Select(Cell))).Append('\n');
        }

        internal static string Cell(string? value)
        {
            string text = Redaction.RedactSecrets(value) ?? "";
            if (text.Length > 0 && "=+-@\t\r".IndexOf(text[0]) >= 0) text = "'" + text;
            bool quote = text.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0;
            return quote ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
        }
    }
}
