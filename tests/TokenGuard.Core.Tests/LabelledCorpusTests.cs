using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TokenGuard.Detection;
using Xunit.Abstractions;

namespace TokenGuard.Tests
{
    /// <summary>
    /// tests/corpus: C#, JSON, YAML, .env and Python files whose {{token:rule}} markers become samples of
    /// that rule at run time (so nothing real-looking is committed); everything else in them is a
    /// look-alike. Prints precision and recall per provider; requires recall 100% and no false positive.
    /// </summary>
    public class LabelledCorpusTests
    {
        private static readonly Regex Marker = new Regex(@"\{\{token:([a-z0-9-]+)\}\}");
        private readonly ITestOutputHelper _output;

        public LabelledCorpusTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void Corpus_recall_is_complete_and_nothing_else_is_reported()
        {
            var truePositives = new Dictionary<string, int>();
            var falsePositives = new Dictionary<string, int>();
            var falseNegatives = new Dictionary<string, int>();
            var seenRules = new HashSet<string>();

            foreach (string template in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "tests", "corpus"), "*.template"))
            {
                var labels = new List<(int Start, int Length, string Rule)>();
                string text = Expand(File.ReadAllText(template), labels);
                IReadOnlyList<TokenFinding> findings = TokenScanner.Default.Scan(text);

                foreach ((int start, int length, string rule) in labels)
                {
                    seenRules.Add(rule);
                    string family = Family(rule);
                    bool found = findings.Any(f => f.Rule.Id == rule && f.Start >= start && f.Start + f.Length <= start + length);
                    Increment(found ? truePositives : falseNegatives, family);
                    if (!found) _output.WriteLine($"missed {rule} in {Path.GetFileName(template)}");
                }

                foreach (TokenFinding finding in findings.Where(f => !labels.Any(l => f.Start >= l.Start && f.Start < l.Start + l.Length)))
                {
                    Increment(falsePositives, finding.Rule.Provider);
                    _output.WriteLine($"false positive {finding.Rule.Id} {finding.Redacted} in {Path.GetFileName(template)}");
                }
            }

            _output.WriteLine(Table(truePositives, falsePositives, falseNegatives));
            Assert.Equal(KnownTokenRules.All.Select(r => r.Id).OrderBy(id => id), seenRules.OrderBy(id => id));
            Assert.Empty(falseNegatives);
            Assert.Empty(falsePositives);
        }

        private static string Expand(string template, List<(int, int, string)> labels)
        {
            var text = new StringBuilder();
            int last = 0;
            foreach (Match match in Marker.Matches(template))
            {
                text.Append(template, last, match.Index - last);
                string rule = match.Groups[1].Value;
                string sample = RuleSamples.Secrets[rule]();
                labels.Add((text.Length, sample.Length, rule));
                text.Append(sample);
                last = match.Index + match.Length;
            }

            return text.Append(template, last, template.Length - last).ToString();
        }

        private static string Family(string ruleId) => KnownTokenRules.All.First(r => r.Id == ruleId).Provider;

        private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;

        private static string Table(Dictionary<string, int> tp, Dictionary<string, int> fp, Dictionary<string, int> fn)
        {
            var table = new StringBuilder("| family | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|\n");
            foreach (string family in tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().OrderBy(f => f, StringComparer.Ordinal))
            {
                int t = tp.GetValueOrDefault(family), p = fp.GetValueOrDefault(family), n = fn.GetValueOrDefault(family);
                table.Append($"| {family} | {t} | {p} | {n} | {Ratio(t, t + p)} | {Ratio(t, t + n)} |\n");
            }

            return table.ToString();
        }

        private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : ((double)part / whole).ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
