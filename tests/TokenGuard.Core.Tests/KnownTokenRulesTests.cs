using System.Linq;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    public class KnownTokenRulesTests
    {
        public static TheoryData<string, string> Positives() => new TheoryData<string, string>
        {
            { "github-classic", TestTokens.GitHubClassic(1, 'p') },
            { "github-classic", TestTokens.GitHubClassic(2, 'o') },
            { "github-classic", TestTokens.GitHubClassic(3, 'u') },
            { "github-classic", TestTokens.GitHubClassic(4, 's') },
            { "github-classic", TestTokens.GitHubClassic(5, 'r') },
            { "github-fine-grained", TestTokens.GitHubFineGrained() },
            { "aws-access-key-id", TestTokens.AwsAccessKeyId() },
            { "slack-token", TestTokens.Slack() },
            { "slack-webhook", TestTokens.SlackWebhook() },
            { "stripe-secret-key", TestTokens.StripeSecret() },
            { "stripe-secret-key", TestTokens.StripeRestricted() },
            { "private-key", TestTokens.PrivateKey() },
            { "private-key", TestTokens.PrivateKey(2, "OPENSSH ") },
            { "private-key", TestTokens.PrivateKey(3, "") },
        };

        [Theory]
        [MemberData(nameof(Positives))]
        public void Finds_each_known_format_alone_and_inside_text(string ruleId, string token)
        {
            TokenFinding alone = Assert.Single(TokenScanner.Default.Scan(token));
            Assert.Equal(ruleId, alone.Rule.Id);

            string text = "var value = \"" + token + "\"; // trailing";
            TokenFinding embedded = Assert.Single(TokenScanner.Default.Scan(text));
            Assert.Equal(ruleId, embedded.Rule.Id);
            Assert.Equal(text.IndexOf(token, System.StringComparison.Ordinal), embedded.Start);
        }

        [Theory]
        [MemberData(nameof(Positives))]
        public void Findings_never_carry_the_value(string ruleId, string token)
        {
            TokenFinding finding = Assert.Single(TokenScanner.Default.Scan(token));
            Assert.Equal(ruleId, finding.Rule.Id);
            string value = token.Substring(finding.Start, finding.Length);
            string secretPart = value.Substring(finding.Rule.VisiblePrefixLength);
            for (int i = 0; i + 6 <= secretPart.Length; i++)
            {
                Assert.DoesNotContain(secretPart.Substring(i, 6), finding.Redacted);
            }
            Assert.Equal(Redaction.Fingerprint(token.Substring(finding.Start, finding.Length)), finding.Fingerprint);
        }

        [Fact]
        public void GitHub_token_with_a_wrong_checksum_is_not_reported()
        {
            Assert.Empty(TokenScanner.Default.Scan(TestTokens.GitHubClassicBadChecksum()));
        }

        [Fact]
        public void GitHub_checksum_is_crc32_of_the_random_part_in_base62()
        {
            // The CRC-32 check value of "123456789" is 0xCBF43926 (the standard test vector).
            Assert.Equal(0xCBF43926u, Crc32.OfAscii("123456789", 0, 9));
            Assert.Equal("3jZRME", Base62.Encode(0xCBF43926u, 6));
        }

        [Theory]
        [InlineData("AKIA" + "IOSFODNN7EXAMPLE")] // AWS's documented example key id
        [InlineData("pk_live_0000000000000000000000000000")] // publishable, not secret
        [InlineData("ghp_" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")] // placeholder, fails the checksum
        [InlineData("-----BEGIN RSA " + "PRIVATE KEY-----\n...\n-----END RSA " + "PRIVATE KEY-----")]
        [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB\n-----END PUBLIC KEY-----")]
        [InlineData("xoxb-your-token-here")]
        [InlineData("Bearer access_token")]
        [InlineData("https://github.com/login/oauth/access_token")]
        [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
        [InlineData("https://build:{0}@dev.azure.com/contoso/_git/shop")] // a format item, filled in at run time
        [InlineData("https://{user}:{password}@example.org/feed")]
        [InlineData("sk_" + "live_XXXXXXXXXXXXXXXXXXXXXXXX")] // a known format's placeholder
        [InlineData("sk_" + "test_4eC39HqLyjWDarjtT1zdp7dc")] // Stripe's documented sample key
        [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")] // jwt.io's sample
        public void Look_alikes_are_not_reported(string text)
        {
            Assert.Empty(TokenScanner.Default.Scan(text));
        }

        [Fact]
        public void Token_inside_a_longer_word_is_not_reported()
        {
            Assert.Empty(TokenScanner.Default.Scan("x" + TestTokens.AwsAccessKeyId() + "Y"));
        }

        [Fact]
        public void Text_without_findings_returns_the_shared_empty_result()
        {
            Assert.Same(TokenScanner.Default.Scan("hello world"), TokenScanner.Default.Scan("nothing to see here"));
        }

        [Fact]
        public void Several_tokens_are_reported_in_order()
        {
            string text = TestTokens.StripeSecret() + " and " + TestTokens.GitHubClassic();
            string[] ids = TokenScanner.Default.Scan(text).Select(f => f.Rule.Id).ToArray();
            Assert.Equal(new[] { "stripe-secret-key", "github-classic" }, ids);
        }

        [Fact]
        public void Every_rule_has_an_id_provider_description_and_keywords()
        {
            foreach (TokenRule rule in KnownTokenRules.All)
            {
                Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", rule.Id);
                Assert.False(string.IsNullOrWhiteSpace(rule.Provider));
                Assert.False(string.IsNullOrWhiteSpace(rule.Description));
                Assert.NotEmpty(rule.Keywords);
            }

            Assert.Equal(KnownTokenRules.All.Count, KnownTokenRules.All.Select(r => r.Id).Distinct().Count());
        }
    }
}
