using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    public class BaselineTests
    {
        [Fact]
        public void Write_baseline_accepts_todays_findings_in_history_and_tree_so_only_a_new_leak_fails()
        {
            using var repository = new GitTestRepository();
            string old = TestTokens.StripeSecret(seed: 61);
            string kept = TestTokens.GitHubClassic(seed: 62);
            repository.Write("a.env", "OLD=" + old + "\n");
            repository.Commit("old leak");
            repository.Write("a.env", "KEPT=" + kept + "\n");
            repository.Commit("another");

            var written = repository.Scan(new ScanRequest { Path = repository.Path, History = true, WriteBaseline = true });
            string baselineFile = Path.Combine(repository.Path, Baseline.DefaultFileName);
            string baseline = File.ReadAllText(baselineFile);
            var history = repository.Scan(new ScanRequest { Path = repository.Path, History = true });
            var tree = repository.Scan(new ScanRequest { Path = repository.Path });

            Assert.Equal(0, written.ExitCode);
            Assert.Contains("2 fingerprint(s) added", written.Output);
            Assert.DoesNotContain(old, baseline);
            Assert.DoesNotContain(kept, baseline);
            Assert.Equal(2, baseline.Split('\n').Count(line => line.TrimStart().StartsWith("- sha256:")));
            Assert.Equal(0, history.ExitCode);
            Assert.Equal(0, tree.ExitCode);

            string fresh = TestTokens.Slack(seed: 63);
            repository.Write("b.env", "NEW=" + fresh + "\n");
            repository.Commit("new leak");
            var afterNewLeak = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "json" });
            Assert.Equal(1, afterNewLeak.ExitCode);
            Assert.Equal("b.env", Assert.Single(JsonDocument.Parse(afterNewLeak.Output).RootElement.EnumerateArray()).GetProperty("file").GetString());

            // Writing again keeps what was accepted and adds the new one.
            repository.Scan(new ScanRequest { Path = repository.Path, History = true, WriteBaseline = true });
            Assert.Equal(3, File.ReadAllText(baselineFile).Split('\n').Count(line => line.TrimStart().StartsWith("- sha256:")));
        }

        [Fact]
        public void An_explicit_baseline_must_exist_and_a_value_in_it_is_an_error_with_its_line()
        {
            using var repository = new GitTestRepository();
            repository.Write("a.txt", "a\n");
            repository.Commit("a");
            string bad = Path.Combine(repository.Path, "bad-baseline.yaml");
            File.WriteAllText(bad, "version: 1\nfingerprints:\n  - sha256:" + new string('a', 64) + "\n  - " + TestTokens.StripeSecret(seed: 64) + "\n");

            var missing = repository.Scan(new ScanRequest { Path = repository.Path, Baseline = Path.Combine(repository.Path, "none.yaml") });
            var invalid = repository.Scan(new ScanRequest { Path = repository.Path, Baseline = bad });

            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("the baseline does not exist", missing.Errors);
            Assert.Equal(2, invalid.ExitCode);
            Assert.Contains("bad-baseline.yaml(4", invalid.Errors);
            Assert.Contains("never the value itself", invalid.Errors);
        }
    }
}
