namespace TokenGuard.Tests
{
    /// <summary>The one redaction gate every writer and message uses (issue 13).</summary>
    public class RedactionGateTests
    {
        [Fact]
        public void Replaces_every_token_by_its_redacted_form_and_keeps_the_rest()
        {
            string github = TestTokens.GitHubClassic(seed: 3);
            string slack = TestTokens.Slack(seed: 4);

            string gated = Redaction.RedactSecrets("a " + github + " b " + slack + " c")!;

            Assert.DoesNotContain(github, gated);
            Assert.DoesNotContain(slack, gated);
            Assert.StartsWith("a ghp_…(sha256:", gated);
            Assert.EndsWith(" c", gated);
            Assert.Contains(Redaction.Fingerprint(github).Substring(0, 15), gated);
        }

        [Fact]
        public void Text_without_a_token_is_returned_as_it_is()
        {
            const string text = "team:payments owns stripe-checkout";

            Assert.Same(text, Redaction.RedactSecrets(text));
            Assert.Null(Redaction.RedactSecrets(null));
            Assert.False(Redaction.ContainsSecret(text));
        }

        [Fact]
        public void An_identifier_is_redacted_but_is_not_a_secret()
        {
            string keyId = TestTokens.AwsAccessKeyId(seed: 9);

            Assert.DoesNotContain(keyId, Redaction.RedactSecrets("key " + keyId));
            Assert.False(Redaction.ContainsSecret(keyId));
            Assert.True(Redaction.ContainsSecret(TestTokens.StripeSecret(seed: 2)));
        }
    }
}

namespace TokenGuard.Tests
{
    public class RedactionGateGluedTokenTests
    {
        [Theory]
        [InlineData("\u001b[2J")]
        [InlineData("word")]
        [InlineData("42")]
        public void A_token_glued_to_the_text_before_it_is_redacted_too(string before)
        {
            string token = TestTokens.GitHubClassic(seed: 8);

            string gated = Redaction.RedactSecrets(before + token + " after")!;

            Assert.DoesNotContain(token.Substring(4), gated);
            Assert.StartsWith(before + "ghp_…(sha256:", gated);
            Assert.EndsWith(" after", gated);
        }

        [Fact]
        public void A_glued_token_is_still_not_a_hard_coded_finding()
        {
            // The scan keeps its boundaries: "xghp_…" inside an identifier is not reported as a leak.
            Assert.Empty(Detection.TokenScanner.Default.Scan("word" + TestTokens.GitHubClassic(seed: 8)));
        }
    }
}
