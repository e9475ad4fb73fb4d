using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TokenGuard.Cli.Audit;

namespace TokenGuard.Tests
{
    /// <summary>The HTML report rendered by a real headless Chromium: what its script draws, not just what the file contains.</summary>
    public sealed class AuditHtmlReportTests : IDisposable
    {
        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        [Fact]
        public void Chromium_renders_the_verdict_coverage_and_charts_of_the_sample_audit()
        {
            string html = Path.Combine(_directory.Path, "report", "audit.html");
            var inputs = new AuditInputs
            {
                Inventory = _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api")),
                GitHub = new[] { _samples["github-org-pat-grants.json"], _samples["github-org-credential-authorizations.json"], _samples["github-repo-deploy-keys.json"] },
                Aws = new[] { _samples["aws-list-access-keys.json"], _samples["aws-credential-report.csv"] },
                AzureDevOps = new[] { _samples["ado-pats-list.json"], _samples["ado-tokenadmin-personalaccesstokens.json"] },
                GitLab = new[] { _samples["gitlab-personal-access-tokens.json"], _samples["gitlab-project-access-tokens.json"] },
                Today = new DateTime(2025, 11, 1),
                Html = html,
            };
            Assert.Equal(1, AuditCommand.Run(inputs, new StringWriter(), new StringWriter()));

            string dom = HeadlessChromium.DumpDom(html, Path.Combine(_directory.Path, "profile"));

            Assert.Contains("data-rendered=\"true\"", dom); // the script ran to its end without an error
            Assert.Matches("<span id=\"verdict\" class=\"verdict fail\">FAIL</span>", dom);
            Assert.Contains(">50.0%</text>", dom);
            Assert.Contains("50.0% of 14 live tokens are in the inventory (7)", dom);

            // Expiries per month of the 14 live tokens: seven months with one each, and seven that never expire.
            string expiries = Section(dom, "expiry-chart");
            MatchCollection bars = Regex.Matches(expiries, "<rect class=\"bar( never)?\"[^>]*data-label=\"([^\"]+)\" data-count=\"(\\d+)\"");
            Assert.Equal(new[] { "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-07", "2026-10", "never" }, bars.Select(b => b.Groups[2].Value));
            Assert.Equal(new[] { 1, 1, 1, 1, 1, 1, 1, 7 }, bars.Select(b => int.Parse(b.Groups[3].Value)));

            string owners = Section(dom, "owner-chart");
            Assert.Contains("data-label=\"team:platform\" data-count=\"5\"", owners);
            Assert.Contains("data-label=\"jdoe-contoso\" data-count=\"2\"", owners);

            Assert.Equal(15, Regex.Matches(Section(dom, "tokens"), "<tr>").Count - 1); // header row + every token, inactive included
            Assert.Contains("github-org-pat-grants.json:2 token_expires_at", dom);
        }

        private static string Section(string dom, string id)
        {
            int start = dom.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"#{id} not in the rendered page");
            int end = dom.IndexOf(id.EndsWith("chart", StringComparison.Ordinal) ? "</svg>" : "</table>", start, StringComparison.Ordinal);
            return dom.Substring(start, end - start);
        }
    }
}
