using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Comparison;
using TokenGuard.Tests;

namespace TokenGuard.Comparison.Tests
{
    /// <summary>The harness still works: a tiny corpus, its labels, the scorer, the tables and one analyzer-free build.</summary>
    public sealed class ComparisonHarnessTests
    {
        [Fact]
        public void Tiny_corpus_labels_match_what_was_written()
        {
            using var temp = new TempDirectory();
            var corpus = CorpusGenerator.Generate(Path.Combine(temp.Path, "corpus"), CorpusOptions.Tiny);

            Assert.Equal(5, Directory.EnumerateFiles(corpus.Root, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith("labels.json", StringComparison.Ordinal) && !f.EndsWith("Support.cs", StringComparison.Ordinal)));
            int secrets = corpus.Labels.Count(l => l.IsSecret);
            Assert.Equal(3 * 4 + 2 * 3, secrets);
            Assert.Equal(secrets, corpus.Labels.Count - secrets); // an equal weight of look-alikes
            foreach (var label in corpus.Labels)
            {
                string[] lines = File.ReadAllLines(Path.Combine(corpus.Root, label.File));
                Assert.InRange(label.Line, 1, label.EndLine);
                Assert.InRange(label.EndLine, label.Line, lines.Length);
                string text = string.Join("\n", lines[(label.Line - 1)..label.EndLine]);
                Assert.True(text.Contains(label.Probe, StringComparison.Ordinal), $"{label.File}:{label.Line} does not hold its value ({label.Family}, {label.Kind})");
                Assert.True(label.Probe.Length >= 8, $"{label.File}:{label.Line} has a trivially short probe");
            }
            foreach (string json in Directory.EnumerateFiles(corpus.Root, "appsettings*.json"))
                using (JsonDocument.Parse(File.ReadAllText(json))) { }
            Assert.Equal(corpus.Labels, CorpusGenerator.ReadLabels(corpus.Root));
        }

        [Fact]
        public void Reach_corpus_labels_match_what_was_written_and_the_in_process_score_sees_its_secrets()
        {
            using var temp = new TempDirectory();
            var corpus = ReachCorpus.Generate(Path.Combine(temp.Path, "reach"), seed: 11, files: 2, secretsPerFile: 8);

            Assert.Equal(16, corpus.Labels.Count(l => l.IsSecret));
            Assert.Contains(corpus.Labels, l => !l.IsSecret && l.Kind != "neutral-name");
            foreach (var label in corpus.Labels)
            {
                string[] lines = File.ReadAllLines(Path.Combine(corpus.Root, label.File));
                string text = string.Join("\n", lines[(label.Line - 1)..label.EndLine]);
                Assert.True(text.Contains(label.Probe, StringComparison.Ordinal), $"{label.File}:{label.Line} does not hold its value ({label.Kind}, {label.Position})");
            }

            var score = Scorer.Score("TokenGuard", corpus.Labels, InProcessQuality.Findings(corpus.Root, new[] { "TG0002" }));
            Assert.True(score.Total.TruePositives > 0, "TG0002 found none of the reach corpus' secrets");
        }

        [Fact]
        public void Analyzer_profile_times_every_TokenGuard_analyzer_and_sees_the_corpus_secrets()
        {
            using var temp = new TempDirectory();
            var corpus = CorpusGenerator.Generate(Path.Combine(temp.Path, "corpus"), CorpusOptions.Tiny);

            var costs = AnalyzerProfile.Measure(corpus.Root, rounds: 1);

            Assert.Equal(new[] { "AppSettingsAnalyzer", "CredentialSinkAnalyzer", "HardCodedTokenAnalyzer", "UnregisteredUsageAnalyzer" }, costs.Select(c => c.Analyzer));
            Assert.True(costs.Single(c => c.Analyzer == "HardCodedTokenAnalyzer").Diagnostics > 0, "no hard-coded token found in the corpus");
            Assert.True(costs.Single(c => c.Analyzer == "AppSettingsAnalyzer").Diagnostics > 0, "no token found in appsettings*.json");
            Assert.All(costs, c => Assert.InRange(c.MinMs, 0, c.MedianMs));
            Assert.Contains("| `HardCodedTokenAnalyzer` |", AnalyzerProfile.Report(corpus.Lines, costs, 1), StringComparison.Ordinal);
        }

        [Fact]
        public void Corpus_is_deterministic_for_a_seed()
        {
            using var temp = new TempDirectory();
            var first = CorpusGenerator.Generate(Path.Combine(temp.Path, "a"), CorpusOptions.Tiny);
            var second = CorpusGenerator.Generate(Path.Combine(temp.Path, "b"), CorpusOptions.Tiny);
            Assert.Equal(first.Labels, second.Labels);
            foreach (string file in Directory.EnumerateFiles(first.Root, "*", SearchOption.AllDirectories))
                Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(second.Root, Path.GetRelativePath(first.Root, file))));
        }

        [Fact]
        public void Scorer_counts_true_and_false_positives_and_misses()
        {
            var labels = new[]
            {
                new Label("a.cs", 3, 3, true, "github", "secret", "const-field", "Token", "probe-001"),
                new Label("a.cs", 5, 9, true, "private-key", "secret", "raw-string", "Key", "probe-002"),
                new Label("a.cs", 11, 11, true, "password", "secret", "local-initializer", "Pwd", "probe-003"),
                new Label("b.json", 4, 4, false, "github", "placeholder", "json-value", "Token", "probe-004"),
                new Label("b.json", 6, 6, false, "password", "ui-string", "json-value", "Prompt", "probe-005"),
            };
            var findings = new[]
            {
                new Finding("a.cs", 3, "R1"), new Finding("a.cs", 3, "R2"),   // one TP, found twice
                new Finding("a.cs", 7, "R1"),                                // TP inside a multi-line label
                new Finding("b.json", 4, "R1"),                              // FP on a look-alike
                new Finding("a.cs", 20, "R1"), new Finding("a.cs", 20, "R2"), // one FP on an unlabelled line
            };

            var score = Scorer.Score("tool", labels, findings);

            Assert.Equal(new Score(2, 2, 1), score.Total);
            Assert.Equal(0.5, score.Total.Precision, 3);
            Assert.Equal(2.0 / 3, score.Total.Recall, 3);
            Assert.Equal(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), score.Total.F1, 3);
            Assert.Equal(new Score(1, 1, 0), score.ByFamily["github"]);
            Assert.Equal(new Score(0, 0, 1), score.ByFamily["password"]);
            Assert.Equal(new Score(0, 1, 0), score.ByFamily["unlabelled"]);
            Assert.Equal(1, score.UnlabelledFindings);
        }

        [Fact]
        public void Markdown_tables_have_one_row_per_tool_and_family()
        {
            var labels = new[] { new Label("a.cs", 1, 1, true, "github", "secret", "const-field", "T", "p"), new Label("a.cs", 2, 2, false, "aws", "guid", "const-field", "T", "q") };
            var scores = new[] { Scorer.Score("One", labels, new[] { new Finding("a.cs", 1, "X") }), Scorer.Score("Two", labels, new[] { new Finding("a.cs", 2, "X") }) };

            string[] totals = MarkdownTable.Totals(scores).TrimEnd('\n').Split('\n');
            Assert.Equal(2 + 2, totals.Length);
            Assert.Equal("| tool | TP | FP | FN | precision | recall | F1 |", totals[0]);
            Assert.Equal("|---|---:|---:|---:|---:|---:|---:|", totals[1]);
            Assert.Equal("| **One** | 1 | 0 | 0 | 1.00 | 1.00 | 1.00 |", totals[2]);
            Assert.Equal("| **Two** | 0 | 1 | 1 | 0.00 | 0.00 | 0.00 |", totals[3]);
            Assert.All(totals, row => Assert.Equal(8, row.Count(c => c == '|')));

            string[] families = MarkdownTable.ByFamily(scores).TrimEnd('\n').Split('\n');
            Assert.Equal(2 + 2 * 2, families.Length); // aws and github, two tools each
            Assert.All(families, row => Assert.Equal(8, row.Count(c => c == '|')));
        }

        [Fact]
        public void Analyzer_report_is_parsed()
        {
            const string output = """
                  Total analyzer execution time: 1.250 seconds.
                    Time (s)    %   Analyzer
                       1.000   80   TokenGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
                       0.900   72      TokenGuard.Analyzers.HardcodedTokenAnalyzer (TG0001, TG0002)
                      <0.001   <1      TokenGuard.Analyzers.ManifestAnalyzer (TG0007)
                       0.250   20   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
                  Total generator execution time: 0.100 seconds.
                """;
            var times = Runner.ParseAnalyzerReport(output);
            Assert.Equal(4, times.Count);
            Assert.Equal(new AnalyzerTime("TokenGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null", 1.0, true), times[0]);
            Assert.Equal(0.9, times[1].Seconds, 3);
            Assert.False(times[1].IsAssembly);
            Assert.Equal(0, times[2].Seconds);
        }

        [Fact]
        public void Performance_summary_is_parsed_into_targets_and_tasks()
        {
            const string output = """
                Project Evaluation Performance Summary:
                      313 ms  /tmp/cost-TokenGuard/Corpus.csproj   1 calls

                Project Performance Summary:
                     6756 ms  /tmp/cost-TokenGuard/Corpus.csproj   1 calls
                               6756 ms  Rebuild                                    1 calls

                Target Performance Summary:
                        0 ms  _TokenGuardComputePaths                    1 calls
                       66 ms  TokenGuardValidateManifest                 1 calls
                     5120 ms  CoreCompile                                1 calls

                Task Performance Summary:
                       63 ms  ReadTokenManifest                          1 calls
                       19 ms  WriteTokenInventory                        2 calls

                Build succeeded.
                    0 Warning(s)
                """;
            var times = Runner.ParsePerformanceSummary(output);
            Assert.Equal(5, times.Count);
            Assert.Equal(new MSBuildTime("TokenGuardValidateManifest", 0.066, 1, true), times[1]);
            Assert.Equal(new MSBuildTime("WriteTokenInventory", 0.019, 2, false), times[4]);
            Assert.Equal(0.066, times.Where(t => t.IsTarget && AnalyzerPackage.IsTokenGuardTarget(t.Name)).Sum(t => t.Seconds), 3);
        }

        [Fact]
        public void Own_time_adds_the_analyzers_and_the_targets_and_is_set_against_the_build_and_Sonars_secret_rules()
        {
            static ToolRun Run(string tool, double cpu, params AnalyzerTime[] times) =>
                new(tool, Array.Empty<Finding>(), TimeSpan.FromSeconds(cpu), 0, times, 0, "", cpu)
                {
                    MSBuildTimes = new[] { new MSBuildTime("TokenGuardValidateManifest", 0.2, 1, true), new MSBuildTime("CoreCompile", 50, 1, true), new MSBuildTime("WriteTokenInventory", 0.1, 2, false) },
                    ErrorLog = new ErrorLogSize(1000, 10, 100, 1),
                };
            var configs = new[] { AnalyzerPackage.TokenGuard("0.1.0"), AnalyzerPackage.Sonar("1.0") };
            var runs = new List<List<ToolRun>>
            {
                new() { Run("TokenGuard", 100, new AnalyzerTime("TokenGuard.Analyzers, Version=0.1.0.0", 1.8, true)), Run("TokenGuard", 200, new AnalyzerTime("TokenGuard.Analyzers, Version=0.1.0.0", 5.8, true)) },
                new() { Run("SonarAnalyzer.CSharp", 300, new AnalyzerTime("SonarAnalyzer.CSharp.Rules.DoNotHardcodeCredentials (S2068)", 8, false)), Run("SonarAnalyzer.CSharp", 300, new AnalyzerTime("SonarAnalyzer.CSharp.Rules.DoNotHardcodeSecrets (S6418)", 10, false)) },
            };
            string report = Program.OwnTime(configs, runs);
            Assert.Contains("| **TokenGuard's own time** (analyzers + targets) | **4.000 s** (2.00–6.00) |", report); // median of 2.0 and 6.0
            Assert.Contains("| 2.50 % | ≤ 2 %: **missed** |", report); // median of 2.0 / 100 and 6.0 / 200
            Assert.Contains("| 0.44 | ≤ 0.25: **missed** |", report); // 4.0 / median(8, 10)
            Assert.Contains("| 2.00 % (2.000 s of 100.0 s) | ≤ 2 %: **met** |", report); // the fastest run
            Assert.Contains("| 0.25 (2.000 s ÷ 8.000 s) | ≤ 0.25: **met** |", report);
            Assert.Contains("1,000 bytes (10 results); TokenGuard's own results in it take 100 bytes (1 results)", report);
        }

        [Fact]
        public void The_tasks_counted_as_TokenGuards_are_those_its_targets_declare()
        {
            string targets = File.ReadAllText(Path.Combine(RepositoryRoot(), "nuget", "build", "TokenGuard.targets"));
            var declared = System.Text.RegularExpressions.Regex.Matches(targets, @"<UsingTask TaskName=""TokenGuard\.Build\.(\w+)""").Select(m => m.Groups[1].Value).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(AnalyzerPackage.TokenGuardTasks.OrderBy(n => n, StringComparer.Ordinal), declared);
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TokenGuard.sln"))) return dir.FullName;
            throw new InvalidOperationException("repository root not found");
        }

        [Fact]
        public void Tiny_corpus_builds_and_its_sarif_log_is_read()
        {
            using var temp = new TempDirectory();
            var corpus = CorpusGenerator.Generate(Path.Combine(temp.Path, "corpus"), CorpusOptions.Tiny);
            string feed = Directory.CreateDirectory(Path.Combine(temp.Path, "feed")).FullName;
            string builds = Path.Combine(temp.Path, "builds");
            Runner.PrepareBuildRoot(builds, feed, Path.Combine(temp.Path, "packages"));

            string dir = Runner.Prepare(AnalyzerPackage.None, corpus.Root, builds, "none");
            var run = Runner.Build(AnalyzerPackage.None, dir, measureMemory: false);

            Assert.True(run.ExitCode == 0, run.Log);
            Assert.Empty(run.Findings); // no analyzer package, no rules counted
            var all = Sarif.Read(Path.Combine(dir, "build.sarif"), dir);
            Assert.DoesNotContain(all, f => f.RuleId.StartsWith("CS", StringComparison.Ordinal) && f.RuleId != "CS8618");
        }
    }
}
