using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TokenGuard.Cli.Evidence;

namespace TokenGuard.Tests
{
    /// <summary>evidence.html as headless Chromium draws it: the verdict banner and both charts are on the screenshot, and the page needs no network.</summary>
    public sealed class EvidenceHtmlTests : IClassFixture<EvidenceStore>, IDisposable
    {
        private readonly EvidenceStore _store;
        private readonly TempDirectory _directory = new TempDirectory();

        public EvidenceHtmlTests(EvidenceStore store) => _store = store;

        public void Dispose() => _directory.Dispose();

        [Fact]
        public void Chromium_shows_the_failing_verdict_coverage_bars_and_time_to_revoke_bars()
        {
            string html = Path.Combine(_directory.Path, "evidence.html");
            Assert.Equal(1, EvidenceCommand.Run(new EvidenceOptions { Store = _store.Scenario.Store, Html = html, Today = new DateTime(2026, 12, 1) }, new StringWriter(), new StringWriter()));
            string page = File.ReadAllText(html);

            // Self-contained: no script, stylesheet, image or font fetched from anywhere.
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", page);
            Assert.DoesNotContain("<script", page);
            Assert.Contains("@media print", page);
            Assert.Equal(3, Regex.Matches(page, "<rect class=\"bar (pass|fail)\" x=\"160\"").Count); // dave, alice, bob
            Assert.Contains("data-owner=\"user:dave\" data-hours=\"unfinished\"", page);

            PngPixels screenshot = Screenshot(html);

            // The banner: a wide band of the fail colour near the top.
            int[] bannerRows = Enumerable.Range(0, 400).Where(y => screenshot.CountInRow(y, EvidenceHtmlWriter.FailColour) > 800).ToArray();
            Assert.True(bannerRows.Length >= 30, $"no fail banner in the top 400 px ({bannerRows.Length} rows)");
            // Its verdict and reasons are written on it in white, readable.
            Assert.True(bannerRows.Count(y => screenshot.CountInRow(y, "#ffffff", tolerance: 8) > 10) >= 10, "no text on the banner");
            Assert.Equal(0, Enumerable.Range(0, 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.PassColour) > 800));
            // Coverage over time: green bars (every run at 100%) on rows below the banner.
            Assert.True(Enumerable.Range(400, screenshot.Height - 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.BarPassColour) > 50) >= 40, "no coverage bars drawn");
            // Time to revoke: alice's 21 h bar within the target (bob's took 0 h), dave's unfinished one red and full width.
            Assert.True(Enumerable.Range(400, screenshot.Height - 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.RevokeWithinColour) > 200) >= 15, "no within-target revoke bar drawn");
            Assert.True(Enumerable.Range(400, screenshot.Height - 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.BarFailColour) > 400) >= 15, "no unfinished revoke bar drawn");
        }

        [Fact]
        public void A_passing_evidence_page_has_a_pass_banner()
        {
            string html = Path.Combine(_directory.Path, "pass.html");
            Assert.Equal(0, EvidenceCommand.Run(new EvidenceOptions { Store = _store.Scenario.Store, Html = html, Today = new DateTime(2026, 11, 24) }, new StringWriter(), new StringWriter()));

            PngPixels screenshot = Screenshot(html);

            Assert.True(Enumerable.Range(0, 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.PassColour) > 800) >= 30, "no pass banner");
            Assert.Equal(0, Enumerable.Range(0, 400).Count(y => screenshot.CountInRow(y, EvidenceHtmlWriter.FailColour) > 800));
        }

        private PngPixels Screenshot(string html)
        {
            string png = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N") + ".png");
            var start = new ProcessStartInfo(HeadlessChromium.Executable()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1200,3000",
                "--user-data-dir=" + Path.Combine(_directory.Path, "profile-" + Guid.NewGuid().ToString("N")), "--screenshot=" + png, new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            string errors = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "Chromium did not finish within 2 minutes");
            Assert.True(process.ExitCode == 0 && File.Exists(png), $"Chromium exited with {process.ExitCode}: {errors}");
            if (Environment.GetEnvironmentVariable("TOKENGUARD_KEEP_SCREENSHOT") is string keep) File.Copy(png, keep, overwrite: true);
            return PngPixels.Read(png);
        }
    }
}
