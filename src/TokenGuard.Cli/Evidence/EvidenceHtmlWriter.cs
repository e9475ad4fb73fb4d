using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// evidence.html: one self-contained page (inline CSS, SVG charts drawn here, no script, no network) that reads the
    /// same printed: the verdict banner, the criteria, then one section per testing step.
    /// </summary>
    internal static class EvidenceHtmlWriter
    {
        public const string PassColour = "#1a7f37";
        public const string FailColour = "#cf222e";

        // Chart colours, distinct from the banner's so a printed page (and the screenshot test) tells them apart.
        public const string BarPassColour = "#2da44e";
        public const string BarFailColour = "#fa4549";
        public const string RevokeWithinColour = "#218bff";

        private const string Css = @"
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px;color:#1f2328;max-width:1100px}
h1{font-size:22px;margin:0 0 8px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.banner{padding:16px 20px;color:#fff;font-size:26px;font-weight:700;border-radius:6px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.banner.pass{background:" + PassColour + @";color:#fff} .banner.fail{background:" + FailColour + @";color:#fff}
.banner ul{font-size:14px;font-weight:400;margin:8px 0 0}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0} th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa} .pass{color:" + PassColour + @"} .fail{color:" + FailColour + @"} td.pass,td.fail{font-weight:600}
.note{color:#57606a;font-size:13px} svg{display:block;margin:8px 0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none;font-size:11px} h2{break-after:avoid} tr{break-inside:avoid} a{color:inherit;text-decoration:none}}
";

        public static string Write(EvidenceReport report)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>TokenGuard audit evidence ").Append(E(report.Today)).Append("</title><style>").Append(Css).Append("</style></head><body>");
            html.Append("<h1>Token inventory audit evidence</h1><p class=\"note\">Period ").Append(E(report.PeriodStart)).Append(" to ").Append(E(report.Today))
                .Append(" (").Append(report.PeriodDays).Append(" days) · ").Append(E(report.Store)).Append(report.OwnerExports.Count > 0 ? " · owners: " + E(string.Join(", ", report.OwnerExports)) : "").Append("</p>");
            html.Append("<div id=\"verdict\" class=\"banner ").Append(report.Verdict).Append("\">").Append(report.Verdict == "pass" ? "PASS" : "FAIL").Append("<ul>");
            foreach (string reason in report.VerdictReasons) html.Append("<li>").Append(E(reason)).Append("</li>");
            html.Append("</ul></div>");

            html.Append("<section id=\"criteria\"><h2>Criteria</h2><table><tr><th>criterion</th><th>result</th><th>reasons</th></tr>");
            foreach (EvidenceCriterion criterion in report.Criteria)
                html.Append("<tr><td>").Append(E(criterion.Title)).Append("</td>").Append(Result(criterion.Passed)).Append("<td>").Append(E(string.Join("; ", criterion.Reasons))).Append("</td></tr>");
            html.Append("</table></section>");

            Inventory(html, report.Inventory);
            Systems(html, report.Systems);
            Sample(html, report.Sample);
            Discovery(html, report.Discovery);
            Deprovisioning(html, report.Deprovisioning);
            html.Append("</body></html>\n");
            return Redaction.RedactSecrets(html.ToString())!;
        }

        private static void Inventory(StringBuilder html, InventorySection inventory)
        {
            html.Append("<section id=\"inventory\"><h2>1. Inventory export: field completeness</h2><p>").Append(inventory.Tokens).Append(" token record(s) in the inventory at the evidence date.</p><table><tr><th>field</th><th>filled</th><th>%</th></tr>");
            foreach (FieldCompleteness field in inventory.Fields)
                html.Append("<tr><td>").Append(E(field.Field)).Append("</td><td>").Append(field.Filled).Append("</td><td>").Append(N(field.Percent)).Append("</td></tr>");
            html.Append("</table></section>");
        }

        private static void Systems(StringBuilder html, SystemComparisonSection systems)
        {
            html.Append("<section id=\"systems\"><h2>2. Inventory against the systems</h2>");
            if (systems.AuditDate is null) html.Append("<p class=\"fail\">No audit run in the period.</p>");
            else
            {
                html.Append("<p>Latest audit run of the period: ").Append(E(systems.AuditDate)).Append(".</p><table><tr><th>system</th><th>live</th><th>inventoried</th><th>coverage</th><th>≥ ").Append(N(systems.MinimumCoverage)).Append("%</th></tr>");
                foreach (SystemCoverage system in systems.Systems)
                    html.Append("<tr><td>").Append(E(system.System)).Append("</td><td>").Append(system.Live).Append("</td><td>").Append(system.Inventoried).Append("</td><td>").Append(N(system.Coverage)).Append("%</td>").Append(Result(system.Passed)).Append("</tr>");
                html.Append("</table>");
            }

            CoverageChart(html, systems);
            html.Append("</section>");
        }

        /// <summary>Coverage over time, one row of bars per system (one bar per audit run), the minimum as a dashed line.</summary>
        private static void CoverageChart(StringBuilder html, SystemComparisonSection systems)
        {
            var bySystem = systems.History.GroupBy(p => p.System, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (bySystem.Count == 0) return;
            List<string> dates = systems.History.Select(p => p.Date).Distinct().OrderBy(d => d, StringComparer.Ordinal).ToList();
            const int rowHeight = 70, left = 110, barArea = 50;
            double barWidth = Math.Max(3, Math.Min(24, 800.0 / Math.Max(1, dates.Count)));
            int width = left + (int)Math.Ceiling(barWidth * dates.Count) + 20;
            html.Append("<svg id=\"coverage-chart\" role=\"img\" aria-label=\"coverage over time per system\" width=\"").Append(width).Append("\" height=\"").Append(rowHeight * bySystem.Count + 24).Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            for (int row = 0; row < bySystem.Count; row++)
            {
                double baseline = row * rowHeight + barArea + 10;
                html.Append("<text x=\"0\" y=\"").Append(N(baseline - 20)).Append("\" font-size=\"12\">").Append(E(bySystem[row].Key)).Append("</text>");
                foreach (CoveragePoint point in bySystem[row])
                {
                    double height = Math.Max(1, barArea * point.Coverage / 100);
                    double x = left + barWidth * dates.IndexOf(point.Date);
                    bool pass = point.Coverage >= systems.MinimumCoverage;
                    html.Append("<rect class=\"bar ").Append(pass ? "pass" : "fail").Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline - height)).Append("\" width=\"").Append(N(barWidth - 2))
                        .Append("\" height=\"").Append(N(height)).Append("\" fill=\"").Append(pass ? BarPassColour : BarFailColour).Append("\" data-date=\"").Append(E(point.Date)).Append("\" data-coverage=\"").Append(N(point.Coverage)).Append("\"><title>")
                        .Append(E($"{point.System} {point.Date}: {N(point.Coverage)}%")).Append("</title></rect>");
                }

                double minimumY = baseline - barArea * systems.MinimumCoverage / 100;
                html.Append("<line x1=\"").Append(left).Append("\" x2=\"").Append(width - 20).Append("\" y1=\"").Append(N(minimumY)).Append("\" y2=\"").Append(N(minimumY)).Append("\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/>");
            }

            html.Append("<text x=\"").Append(left).Append("\" y=\"").Append(rowHeight * bySystem.Count + 18).Append("\" font-size=\"11\">").Append(E(dates[0])).Append(" … ").Append(E(dates[^1])).Append(" (dashed: ").Append(N(systems.MinimumCoverage)).Append("%)</text></svg>");
        }

        private static void Sample(StringBuilder html, SampleSection sample)
        {
            html.Append("<section id=\"sample\"><h2>3. Sample of tokens and their source records</h2><p>").Append(sample.Tokens.Count).Append(" of ").Append(sample.Population)
                .Append(" token record(s), drawn with seed ").Append(sample.Seed).Append(" (re-draw: <code>--sample-seed ").Append(sample.Seed).Append("</code>), taken in turn from each system.</p><table><tr><th>token</th><th>system</th>");
            foreach (string field in InventoryRecord.RequiredFieldNames) html.Append("<th>").Append(field).Append("</th>");
            html.Append("<th>source record</th></tr>");
            foreach (SampledToken token in sample.Tokens)
            {
                html.Append("<tr><td>").Append(E(token.Id)).Append("</td><td>").Append(E(token.System)).Append("</td>");
                foreach (SampledField field in token.Fields)
                    html.Append(field.Value is null ? "<td class=\"fail\">missing</td>" : "<td>" + E(field.Value) + "</td>");
                html.Append("<td>").Append(E(token.Source)).Append("</td></tr>");
            }

            html.Append("</table></section>");
        }

        private static void Discovery(StringBuilder html, DiscoverySection discovery)
        {
            html.Append("<section id=\"discovery\"><h2>4. Discovery runs of the period</h2>");
            if (discovery.Runs.Count == 0)
            {
                html.Append("<p class=\"fail\">No discovery run (ingest or audit run) in the period: there is nothing to show.</p></section>");
                return;
            }

            html.Append("<p>Longest gap between runs: ").Append(N(discovery.LongestGapDays)).Append(" days (").Append(E(discovery.LongestGapFrom ?? "")).Append(" to ").Append(E(discovery.LongestGapTo ?? "")).Append(").</p>");
            html.Append("<table><tr><th>date</th><th>run</th><th>systems / repositories</th><th>result</th></tr>");
            foreach (DiscoveryRun run in discovery.Runs)
                html.Append("<tr><td>").Append(E(run.Date)).Append("</td><td>").Append(E(run.Kind)).Append("</td><td>").Append(E(string.Join(", ", run.Systems))).Append("</td><td>").Append(E(run.Result)).Append("</td></tr>");
            html.Append("</table></section>");
        }

        private static void Deprovisioning(StringBuilder html, DeprovisioningSection deprovisioning)
        {
            html.Append("<section id=\"deprovisioning\"><h2>5. Deprovisioning: the three most recent events</h2>");
            List<DeprovisioningEvent> recent = deprovisioning.Events.Take(3).ToList();
            if (recent.Count == 0)
            {
                html.Append("<p class=\"fail\">No departed owner with tokens in the store's history.</p></section>");
                return;
            }

            RevokeChart(html, recent, deprovisioning.TargetHours);
            html.Append("<table><tr><th>owner</th><th>left</th><th>token</th><th>removed from inventory</th><th>last live / gone at provider</th><th>hours (inventory / provider)</th><th>≤ ").Append(N(deprovisioning.TargetHours)).Append(" h</th></tr>");
            foreach (DeprovisioningEvent ev in recent)
            {
                foreach (RevokedToken token in ev.Tokens)
                {
                    html.Append("<tr><td>").Append(E(ev.Owner)).Append("</td><td>").Append(E(ev.LeftAt)).Append("<br><span class=\"note\">").Append(E(ev.LeftSource)).Append("</span></td><td>").Append(E(token.Token))
                        .Append(token.System is null ? "" : " (" + E(token.System) + ")").Append("</td><td>").Append(E(token.RemovedFromInventory ?? (token.InInventory ? "still listed" : "not inventoried")))
                        .Append("</td><td>").Append(E(token.LastSeenLive ?? "never seen live")).Append(" → ").Append(E(token.StillLive ? "STILL LIVE" : token.GoneAtProvider ?? "—"))
                        .Append("</td><td>").Append(Hours(token.HoursToInventoryRemoval)).Append(" / ").Append(Hours(token.HoursToProviderRevocation)).Append("</td>").Append(Result(token.WithinTarget)).Append("</tr>");
                }
            }

            html.Append("</table>");
            if (deprovisioning.StillLive.Count > 0)
            {
                html.Append("<p class=\"fail\">Tokens of departed owners still live:</p><ul>");
                foreach (string live in deprovisioning.StillLive) html.Append("<li>").Append(E(live)).Append("</li>");
                html.Append("</ul>");
            }

            html.Append("</section>");
        }

        /// <summary>Time to revoke per event: one bar each, the target as a dashed line; an unfinished event is a full-width bar.</summary>
        private static void RevokeChart(StringBuilder html, List<DeprovisioningEvent> events, double targetHours)
        {
            const int left = 160, barArea = 600, rowHeight = 28;
            double scale = Math.Max(targetHours * 2, events.Select(e => e.HoursToRevoke ?? 0).DefaultIfEmpty(0).Max());
            html.Append("<svg id=\"revoke-chart\" role=\"img\" aria-label=\"time to revoke per event\" width=\"").Append(left + barArea + 80).Append("\" height=\"").Append(rowHeight * events.Count + 24).Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
            for (int row = 0; row < events.Count; row++)
            {
                DeprovisioningEvent ev = events[row];
                double hours = ev.HoursToRevoke ?? scale;
                double width = Math.Max(2, barArea * Math.Min(hours, scale) / scale);
                int y = row * rowHeight + 4;
                html.Append("<text x=\"0\" y=\"").Append(y + 15).Append("\" font-size=\"12\">").Append(E(ev.Owner)).Append("</text>");
                html.Append("<rect class=\"bar ").Append(ev.WithinTarget ? "pass" : "fail").Append("\" x=\"").Append(left).Append("\" y=\"").Append(y).Append("\" width=\"").Append(N(width)).Append("\" height=\"20\" fill=\"")
                    .Append(ev.WithinTarget ? RevokeWithinColour : BarFailColour).Append("\" data-owner=\"").Append(E(ev.Owner)).Append("\" data-hours=\"").Append(ev.HoursToRevoke is double h ? N(h) : "unfinished").Append("\"/>");
                html.Append("<text x=\"").Append(N(left + width + 6)).Append("\" y=\"").Append(y + 15).Append("\" font-size=\"12\">").Append(ev.HoursToRevoke is double shown ? N(shown) + " h" : "not finished").Append("</text>");
            }

            double targetX = left + barArea * targetHours / scale;
            html.Append("<line x1=\"").Append(N(targetX)).Append("\" x2=\"").Append(N(targetX)).Append("\" y1=\"0\" y2=\"").Append(rowHeight * events.Count).Append("\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/>");
            html.Append("<text x=\"").Append(N(targetX)).Append("\" y=\"").Append(rowHeight * events.Count + 16).Append("\" font-size=\"11\">target ").Append(N(targetHours)).Append(" h</text></svg>");
        }

        private static string Result(bool passed) => passed ? "<td class=\"pass\">pass</td>" : "<td class=\"fail\">fail</td>";

        private static string Hours(double? hours) => hours is double h ? N(h) : "—";

        private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
