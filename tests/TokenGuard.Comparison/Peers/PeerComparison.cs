using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TokenGuard.Comparison.Peers
{
    /// <summary>A tool's verdict on the peer corpus: the files it reported a secret in.</summary>
    public sealed record FileFindings(string Tool, IReadOnlySet<string> Flagged);

    /// <summary>
    /// Scores tools by file on the peers' rule tests: a secret sample's file with a finding is found (TP), without one
    /// missed (FN); a non-secret sample's file with a finding is a false positive. Totals per suite and per provider.
    /// </summary>
    public static class PeerComparison
    {
        public static Score ScoreOf(IEnumerable<PeerFile> files, IReadOnlySet<string> flagged) =>
            files.Aggregate(Score.Zero, (sum, f) => sum + (f.Sample.IsSecret
                ? (flagged.Contains(f.File) ? new Score(1, 0, 0) : new Score(0, 0, 1))
                : (flagged.Contains(f.File) ? new Score(0, 1, 0) : Score.Zero)));

        /// <summary><c>tokenguard scan DIR --format json</c> with the built CLI; a file is flagged by a secret finding (TG0001/TG0002/TG0004), not by an unregistered usage.</summary>
        public static FileFindings TokenGuard(string cliDll, string root)
        {
            var run = Runner.Run("dotnet", new[] { cliDll, "scan", root, "--format", "json" }, root, measureMemory: false);
            if (run.ExitCode is not (0 or 1)) throw new InvalidOperationException($"tokenguard scan exited {run.ExitCode}:\n{run.Output}");
            int start = run.Output.IndexOf('[');
            var flagged = new HashSet<string>(StringComparer.Ordinal);
            if (start < 0) return new FileFindings("TokenGuard", flagged);
            using var json = JsonDocument.Parse(run.Output.Substring(start, run.Output.LastIndexOf(']') - start + 1));
            foreach (var row in json.RootElement.EnumerateArray())
                if (row.TryGetProperty("fingerprint", out _)) flagged.Add(row.GetProperty("file").GetString()!);
            return new FileFindings("TokenGuard", flagged);
        }

        /// <summary>secretlint (recommended preset, as shipped) over every file of the corpus, from a local npm prefix.</summary>
        public static FileFindings Secretlint(string nodePrefix, string root)
        {
            string bin = Path.Combine(nodePrefix, "node_modules", ".bin", "secretlint");
            if (!File.Exists(bin)) throw new InvalidOperationException($"secretlint is not installed under {nodePrefix} (tests/run-comparison.sh installs it)");
            string config = Path.Combine(nodePrefix, ".secretlintrc.json");
            File.WriteAllText(config, "{\n  \"rules\": [\n    { \"id\": \"@secretlint/secretlint-rule-preset-recommend\" }\n  ]\n}\n");
            string report = Path.Combine(nodePrefix, "secretlint-peers-report.json");
            if (File.Exists(report)) File.Delete(report);
            var run = Runner.Run(bin, new[] { "--secretlintrc", config, "--format", "json", "--output", report, "--maskSecrets", "--no-color", "**/*" }, root, measureMemory: false,
                env: ("NODE_PATH", Path.Combine(nodePrefix, "node_modules")));
            if (!File.Exists(report)) throw new InvalidOperationException($"secretlint wrote no report (exit {run.ExitCode}):\n{run.Output}");
            var flagged = new HashSet<string>(StringComparer.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            foreach (var file in json.RootElement.EnumerateArray())
                if (file.GetProperty("messages").GetArrayLength() > 0) flagged.Add(Runner.Relative(file.GetProperty("filePath").GetString()!, root));
            return new FileFindings("secretlint", flagged);
        }

        public static string Report(IReadOnlyList<PeerFile> files, IReadOnlyList<FileFindings> tools, string provenance)
        {
            var text = new StringBuilder("### Peers' rule tests\n\n").Append(provenance).Append("\n\n");
            var totals = new List<IReadOnlyList<string>>();
            foreach (var suite in files.GroupBy(f => f.Sample.Suite).OrderBy(g => g.Key, StringComparer.Ordinal))
                foreach (var tool in tools)
                    totals.Add(Row($"{suite.Key}'s tests · **{tool.Tool}**", suite.Count(f => f.Sample.IsSecret), suite.Count(f => !f.Sample.IsSecret), ScoreOf(suite, tool.Flagged)));
            int suites = files.Select(f => f.Sample.Suite).Distinct().Count();
            if (suites > 1)
                foreach (var tool in tools)
                    totals.Add(Row($"{(suites == 2 ? "both" : "all")} · **{tool.Tool}**", files.Count(f => f.Sample.IsSecret), files.Count(f => !f.Sample.IsSecret), ScoreOf(files, tool.Flagged)));
            text.Append(MarkdownTable.Render(new[] { "tests · tool", "secret samples found", "false positives on non-secret samples", "precision", "recall" }, totals)).Append('\n');

            var header = new List<string> { "suite · provider", "secret / not" };
            foreach (var tool in tools) { header.Add(tool.Tool + " found"); header.Add(tool.Tool + " FP"); }
            var rows = new List<IReadOnlyList<string>>();
            foreach (var provider in files.GroupBy(f => (f.Sample.Suite, f.Sample.Provider)).OrderBy(g => g.Key.Suite, StringComparer.Ordinal).ThenBy(g => g.Key.Provider, StringComparer.Ordinal))
            {
                int secrets = provider.Count(f => f.Sample.IsSecret), others = provider.Count(f => !f.Sample.IsSecret);
                var row = new List<string> { provider.Key.Suite + " · " + provider.Key.Provider, secrets + " / " + others };
                foreach (var tool in tools)
                {
                    var score = ScoreOf(provider, tool.Flagged);
                    row.Add(secrets == 0 ? "–" : score.TruePositives + "/" + secrets);
                    row.Add(others == 0 ? "–" : score.FalsePositives + "/" + others);
                }
                rows.Add(row);
            }
            text.Append("<details><summary>Per provider (gitleaks: rule file; secretlint: rule package)</summary>\n\n").Append(MarkdownTable.Render(header, rows)).Append("\n</details>\n\n");
            return text.ToString();
        }

        private static IReadOnlyList<string> Row(string name, int secrets, int others, Score score) => new[]
        {
            name, $"{score.TruePositives} of {secrets}", $"{score.FalsePositives} of {others}",
            score.TruePositives + score.FalsePositives == 0 ? "–" : score.Precision.ToString("0.00", CultureInfo.InvariantCulture),
            secrets == 0 ? "–" : score.Recall.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }
}
