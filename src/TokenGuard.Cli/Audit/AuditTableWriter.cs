using System.IO;
using System.Linq;
using Spectre.Console;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Cli.Audit
{
    /// <summary>The audit for a terminal: the verdict, counts per finding, then one row per live token and per inventory gap.</summary>
    internal static class AuditTableWriter
    {
        public static void Write(AuditReport report, TextWriter output)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = output == System.Console.Out && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = ColorSystemSupport.Detect,
            });
            console.Profile.Width = 160;

            string verdict = report.Passed ? "[green]PASS[/]" : "[red]FAIL[/]";
            console.MarkupLine($"Coverage: {report.Coverage:0.0}% of {report.LiveCount} live token(s) inventoried ({report.InventoriedCount}); pass at {report.MinimumCoverage:0.#}%: {verdict}");

            var summary = new Table().AddColumn("finding").AddColumn(new TableColumn("count").RightAligned());
            foreach (string code in AuditFinding.All) summary.AddRow(Cell(AuditFinding.Describe(code)), report.Count(code).ToString());
            console.Write(summary);

            var tokens = new Table().AddColumns("token", "inventory entry", "owner", "expires", "last used", "findings");
            foreach (AuditedToken token in report.Tokens.OrderBy(t => t.Live.Provider).ThenBy(t => t.Live.Display))
            {
                string lastUsed = token.Fields.FirstOrDefault(f => f.Name == "lastUsed")?.Value.Substring(0, 10) ?? "-";
                tokens.AddRow(
                    Cell(token.Live.Display + (token.Live.Active ? "" : " (inactive)")),
                    Cell(token.Entry?.Display ?? "-"),
                    Cell(token.Owner ?? "-"),
                    Cell(token.Expires ?? "never"),
                    Cell(lastUsed),
                    Cell(string.Join(", ", token.Findings.Select(f => token.FindingDetails.TryGetValue(f, out string? detail) ? $"{f}: {detail}" : f))));
            }

            console.Write(tokens);
            if (report.EntryFindings.Count > 0)
            {
                var entries = new Table().AddColumns("inventory entry", "declared at", "finding", "detail");
                foreach (EntryFinding finding in report.EntryFindings)
                    entries.AddRow(Cell(finding.Entry.Display), Cell(finding.Entry.Source), finding.Code, Cell(finding.Detail));
                console.Write(entries);
            }

            if (report.Warnings.Count > 0) console.MarkupLine($"[yellow]{report.Warnings.Count} input warning(s): this report may be incomplete (see above).[/]");
        }

        // Every cell through the redaction gate and control-character escaping, then Spectre's markup escaping.
        private static string Cell(string value) => Markup.Escape(TerminalText.Safe(value));
    }
}
