using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Comparison;
using TokenGuard.Comparison.Peers;
using TokenGuard.Tests;

namespace TokenGuard.Comparison.Tests
{
    /// <summary>The peers' rule tests become one labelled sample a file: the Go sample reader, secretlint fixtures, cleaning, scoring.</summary>
    public sealed class PeerCorpusTests
    {
        // A gitleaks rule generator in the shape of cmd/generate/config/rules/*.go, with harmless values.
        private const string GoRule = """
            package rules

            func Example() *config.Rule {
                r := config.Rule{
                    RuleID:      "example-token",
                    Regex:       utils.GenerateUniqueTokenRegex(`ex_[a-z]{8}`, false),
                    Keywords:    []string{"ex_"},
                }
                prefix := "ex_"
                tps := utils.GenerateSampleSecrets("example", "ex_"+"abcdefgh")
                tps = append(tps,
                    `token = "ex_literal1"`, // gitleaks:allow
                    "quoted \"ex_literal2\"\n",
                    prefix + "literal3",
                    fmt.Sprintf("%s=%s", "KEY", "ex_literal4"),
                    "ex_" + secrets.NewSecret(utils.AlphaNumeric("8")),
                )
                tps = append(tps, utils.GenerateSampleSecret("example", "ex_literal5"))
                fps := []string{
                    "ex_TESTTEST",
                    `ex_` + secrets.NewSecret(`[a-z]{8}`),
                }
                return utils.Validate(r, tps, fps)
            }

            func ByPath() *config.Rule {
                r := config.Rule{RuleID: "by-path"}
                tps := map[string]string{"a.pem": "x"}
                return utils.ValidateWithPaths(r, tps, nil)
            }
            """;

        [Fact]
        public void Go_reader_evaluates_literal_samples_and_counts_generated_ones_as_skipped()
        {
            var rules = GoSampleReader.Read(GoRule);

            var rule = Assert.Single(rules); // the path-validated rule is not a text sample
            Assert.Equal("example-token", rule.RuleId);
            Assert.Equal(new[]
            {
                "example_api_token = \"ex_abcdefgh\"",
                "token = \"ex_literal1\"",
                "quoted \"ex_literal2\"\n",
                "ex_literal3",
                "KEY=ex_literal4",
                "example_api_token = \"ex_literal5\"",
            }, rule.TruePositives);
            Assert.Equal(new[] { "ex_TESTTEST" }, rule.FalsePositives);
            Assert.Equal(2, rule.Skipped);
        }

        [Fact]
        public void Gitleaks_extraction_names_the_provider_by_rule_file_and_ignores_other_files()
        {
            var files = new Dictionary<string, string>
            {
                [PeerCorpus.GitleaksRules + "example.go"] = GoRule,
                [PeerCorpus.GitleaksRules + "example_test.go"] = GoRule,
                ["cmd/generate/config/utils/generate.go"] = GoRule,
            };

            var extraction = PeerCorpus.Gitleaks(files);

            Assert.Equal(7, extraction.Samples.Count);
            Assert.All(extraction.Samples, s => Assert.Equal(("gitleaks", "example", "example-token"), (s.Suite, s.Provider, s.Case)));
            Assert.Equal(6, extraction.Samples.Count(s => s.IsSecret));
            Assert.Equal(2, extraction.SkippedGenerated);
        }

        [Fact]
        public void Secretlint_fixtures_of_preset_rules_are_labelled_by_their_expected_messages()
        {
            const string Found = """{ "messages": [ { "ruleId": "@secretlint/secretlint-rule-demo" } ] }""";
            const string Clean = """{ "messages": [] }""";
            string rule = PeerCorpus.SecretlintPackages + "secretlint-rule-demo/test/snapshots/";
            var files = new Dictionary<string, string>
            {
                [PeerCorpus.SecretlintPreset] = """{ "devDependencies": { "@secretlint/secretlint-rule-demo": "workspace:*", "@secretlint/secretlint-rule-filter-comments": "workspace:*", "rollup": "1" } }""",
                [rule + "ng.token/input.txt"] = "demo_secret_value_1\n",
                [rule + "ng.token/output.json"] = Found,
                [rule + "ok.valid/input.env"] = "DEMO=nothing\n",
                [rule + "ok.valid/output.json"] = Clean,
                [rule + "ng.options/input"] = "demo_with_options\n",
                [rule + "ng.options/output.json"] = Found,
                [rule + "ng.options/.secretlintrc.json"] = """{ "rules": [ { "id": "demo", "options": { "strict": true } } ] }""",
                [PeerCorpus.SecretlintPackages + "secretlint-rule-other/test/snapshots/ng.x/input.txt"] = "not in the preset\n",
                [PeerCorpus.SecretlintPackages + "secretlint-rule-other/test/snapshots/ng.x/output.json"] = Found,
            };

            var extraction = PeerCorpus.Secretlint(files);

            Assert.Equal(new[] { "secretlint-rule-demo" }, PeerCorpus.PresetRules(files[PeerCorpus.SecretlintPreset]));
            Assert.Equal(new[] { ("ng.token", true, ".txt"), ("ok.valid", false, ".env") }, extraction.Samples.Select(s => (s.Case, s.IsSecret, s.Extension)));
            Assert.All(extraction.Samples, s => Assert.Equal("demo", s.Provider));
            Assert.Equal(1, extraction.SkippedWithOptions);
        }

        [Fact]
        public void Texts_labelled_both_ways_are_dropped_and_repeats_kept_once()
        {
            var samples = new[]
            {
                new PeerSample("gitleaks", "a", "r1", true, "both ways"),
                new PeerSample("gitleaks", "b", "r2", false, "both ways"),
                new PeerSample("gitleaks", "a", "r1", true, "twice"),
                new PeerSample("gitleaks", "c", "r3", true, "twice"),
                new PeerSample("secretlint", "a", "ng", true, "both ways"), // another suite's label stands on its own
                new PeerSample("gitleaks", "a", "r1", false, "  \n"),
            };

            var clean = PeerCorpus.Clean(samples);

            Assert.Equal(new[] { ("gitleaks", "twice"), ("secretlint", "both ways") }, clean.Select(s => (s.Suite, s.Text)));
        }

        [Fact]
        public void Samples_are_scored_by_file_and_reported_per_provider()
        {
            using var temp = new TempDirectory();
            var files = PeerCorpus.Write(temp.Path, new[]
            {
                new PeerSample("gitleaks", "alpha", "r", true, "one"),
                new PeerSample("gitleaks", "alpha", "r", true, "two"),
                new PeerSample("gitleaks", "alpha", "r", false, "three"),
                new PeerSample("secretlint", "beta", "ok", false, "four", ".env"),
            });
            Assert.Equal(new[] { "gitleaks/alpha/0001.txt", "gitleaks/alpha/0002.txt", "gitleaks/alpha/0003.txt", "secretlint/beta/0001.env" }, files.Select(f => f.File));
            Assert.Equal("four\n", File.ReadAllText(Path.Combine(temp.Path, "secretlint/beta/0001.env")));

            var tool = new FileFindings("Tool", new HashSet<string> { "gitleaks/alpha/0001.txt", "gitleaks/alpha/0003.txt", "unrelated.txt" });
            Assert.Equal(new Score(1, 1, 1), PeerComparison.ScoreOf(files, tool.Flagged));

            string report = PeerComparison.Report(files, new[] { tool }, "provenance");
            Assert.Contains("| gitleaks's tests · **Tool** | 1 of 2 | 1 of 1 | 0.50 | 0.50 |", report, StringComparison.Ordinal);
            Assert.Contains("| gitleaks · alpha | 2 / 1 | 1/2 | 1/1 |", report, StringComparison.Ordinal);
            Assert.Contains("| secretlint · beta | 0 / 1 | – | 0/1 |", report, StringComparison.Ordinal);
        }

        [Fact]
        public void A_fixture_that_is_not_text_is_written_back_byte_for_byte()
        {
            using var temp = new TempDirectory();
            byte[] bytes = { 0x30, 0x82, 0x00, 0xFF, 0xFE, 0x0D, 0x0A, 0xC3 };
            var files = PeerCorpus.Write(temp.Path, new[] { new PeerSample("secretlint", "gcp", "ng", true, PeerCorpus.BinaryMark + Convert.ToBase64String(bytes), ".p12") });

            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.Path, files.Single().File)));
        }

        // A trufflehog detector's pattern test in the shape of pkg/detectors/<name>/<name>_test.go, with harmless values.
        private const string GoPatternTest = """
            package example

            var (
                validPattern   = "ex_" + "abcdefgh"
                invalidPattern = "ex_?bcdefgh"
                keyword        = "example"
            )

            func TestExample_Pattern(t *testing.T) {
                tests := []struct {
                    name  string
                    input string
                    want  []string
                }{
                    {
                        name:  "valid pattern",
                        input: fmt.Sprintf("%s token = '%s'", keyword, validPattern),
                        want:  []string{validPattern},
                    },
                    {
                        want:  []string{},
                        name:  "invalid pattern, fields in another order",
                        input: keyword + " = " + invalidPattern,
                    },
                    {
                        name:  "nil want",
                        input: `plain text`,
                        want:  nil,
                    },
                    {
                        name:  "built by code",
                        input: makeInput(validPattern),
                        want:  []string{validPattern},
                    },
                }
                for _, test := range tests {
                    t.Run(test.name, func(t *testing.T) {})
                }
            }
            """;

        [Fact]
        public void Trufflehog_pattern_tests_become_cases_labelled_by_their_wanted_results()
        {
            var (cases, skipped) = GoSampleReader.ReadPatternTests(GoPatternTest);

            Assert.Equal(new[]
            {
                new GoPatternCase("valid pattern", "example token = 'ex_abcdefgh'", IsSecret: true),
                new GoPatternCase("invalid pattern, fields in another order", "example = ex_?bcdefgh", IsSecret: false),
                new GoPatternCase("nil want", "plain text", IsSecret: false),
            }, cases);
            Assert.Equal(1, skipped); // makeInput(…) is not evaluated
        }

        [Fact]
        public void Trufflehog_extraction_keeps_the_chosen_detectors_and_leaves_out_integration_tests()
        {
            var files = new Dictionary<string, string>
            {
                ["pkg/detectors/stripe/stripe_test.go"] = GoPatternTest,
                ["pkg/detectors/stripe/stripe_integration_test.go"] = GoPatternTest.Replace("plain text", "integration"),
                ["pkg/detectors/notchosen/notchosen_test.go"] = GoPatternTest.Replace("plain text", "other"),
                ["pkg/detectors/github/v2/github_test.go"] = GoPatternTest.Replace("plain text", "second version"),
            };

            var extraction = TrufflehogCorpus.Read(files);

            Assert.Equal(new[] { "github", "stripe" }, extraction.Samples.Select(s => s.Provider).Distinct().OrderBy(p => p, StringComparer.Ordinal));
            Assert.DoesNotContain(extraction.Samples, s => s.Text is "integration" or "other");
            Assert.Contains(extraction.Samples, s => s.Text == "second version" && !s.IsSecret);
            Assert.All(extraction.Samples, s => Assert.Equal("trufflehog", s.Suite));
        }
}
}
