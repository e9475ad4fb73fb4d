using System.Collections.Generic;
using System.Linq;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>Every rule finds its sample, in text and alone, redacted; and every rule has a sample.</summary>
    public class AllRulesTests
    {
        public static TheoryData<string> RuleIds()
        {
            var data = new TheoryData<string>();
            foreach (TokenRule rule in KnownTokenRules.All) data.Add(rule.Id);
            return data;
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_finds_its_sample_and_only_that(string ruleId)
        {
            Assert.True(RuleSamples.Secrets.ContainsKey(ruleId), "no positive sample for rule " + ruleId);
            string sample = RuleSamples.Secrets[ruleId]();
            string text = "// config\nvar value = \"" + sample.Replace("\"", "\\\"") + "\";\n";

            TokenFinding finding = Assert.Single(TokenScanner.Default.Scan(text));
            Assert.Equal(ruleId, finding.Rule.Id);
            string value = text.Substring(finding.Start, finding.Length);
            Assert.DoesNotContain(value.Substring(finding.Rule.VisiblePrefixLength), finding.Redacted);
        }

        [Fact]
        public void Every_rule_has_a_positive_and_a_negative_sample()
        {
            string[] missing = KnownTokenRules.All
                .Where(rule => !RuleSamples.Secrets.ContainsKey(rule.Id) || !RuleSamples.NearMisses.TryGetValue(rule.Id, out var nearMisses) || nearMisses.Length == 0)
                .Select(rule => rule.Id)
                .ToArray();
            Assert.True(missing.Length == 0, "rules without a positive or a negative sample: " + string.Join(", ", missing));
            Assert.Empty(RuleSamples.Secrets.Keys.Concat(RuleSamples.NearMisses.Keys).Except(KnownTokenRules.All.Select(rule => rule.Id)));
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Rule_reports_none_of_its_near_misses(string ruleId)
        {
            Assert.True(RuleSamples.NearMisses.ContainsKey(ruleId), "no negative sample for rule " + ruleId);
            foreach ((string why, System.Func<string> nearMiss) in RuleSamples.NearMisses[ruleId])
            {
                string text = "// config\nvar value = \"" + nearMiss().Replace("\"", "\\\"") + "\";\n";
                IReadOnlyList<TokenFinding> findings = TokenScanner.Default.Scan(text);
                Assert.True(findings.Count == 0, ruleId + " near miss (" + why + ") reported as " + string.Join(", ", findings.Select(f => f.Rule.Id)));
            }
        }

        [Fact]
        public void The_table_covers_at_least_sixty_formats_with_unique_ids()
        {
            Assert.True(KnownTokenRules.All.Count >= 60, KnownTokenRules.All.Count + " rules");
            Assert.Equal(KnownTokenRules.All.Count, KnownTokenRules.All.Select(r => r.Id).Distinct().Count());
        }

        [Fact]
        public void A_token_inside_a_url_password_is_reported_once_as_its_format()
        {
            string token = TestTokens.GitHubClassic(30);
            TokenFinding finding = Assert.Single(TokenScanner.Default.Scan("https://x-access-token:" + token + "@github.com/org/repo.git"));
            Assert.Equal("github-classic", finding.Rule.Id);
        }

        [Fact]
        public void A_google_service_account_key_file_is_found_with_its_json_escaped_private_key()
        {
            string pem = TestTokens.PrivateKey(31, "").Replace("\n", "\\n");
            string json = "{ \"type\": \"service_account\", \"project_id\": \"shop\", \"private_key\": \"" + pem + "\", \"client_email\": \"svc@shop.iam.gserviceaccount.com\" }";
            Assert.Equal("private-key", Assert.Single(TokenScanner.Default.Scan(json)).Rule.Id);
        }

        [Theory]
        [InlineData("postgres://app:${DB_PASSWORD}@db:5432/shop")]
        [InlineData("https://user:password@example.com")]
        [InlineData("Server=db;Password=<your-password>;")]
        [InlineData("Server=db;Password=;")]
        [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY")]
        [InlineData("AC" + "0123456789abcdef0123456789abcdef")]
        [InlineData("https://auth.example.com/oauth2/token")]
        [InlineData("The address and the odd update of data")]
        [InlineData("5f4dcc3b5aa765d61d8327deb882cf99")]
        [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709")]
        public void More_look_alikes_are_not_reported(string text) => Assert.Empty(TokenScanner.Default.Scan(text));
    }
}
