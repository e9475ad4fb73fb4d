using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class UsageMatcherTests
    {
        private static UsageMatcher Matcher(string usages) =>
            new UsageMatcher(ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid.Replace(
                "      - env: STRIPE_API_KEY\n      - config: Stripe:ApiKey\n", usages)).Manifest!);

        [Theory]
        [InlineData("STRIPE_API_KEY")]
        [InlineData("stripe_api_key")]
        [InlineData("Stripe:ApiKey")]
        [InlineData("Stripe__ApiKey")]
        [InlineData("STRIPE__APIKEY")]
        public void Env_and_config_forms_match_case_insensitively(string key)
        {
            Assert.Equal("stripe-checkout", new UsageMatcher(ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!).Find(key)?.Id);
        }

        [Fact]
        public void Unlisted_key_has_no_entry()
        {
            Assert.Null(new UsageMatcher(ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!).Find("GITHUB_TOKEN"));
        }

        [Theory]
        [InlineData("Stripe:ApiKey", true)]
        [InlineData("Stripe__WebhookSecret", true)]
        [InlineData("Payments:Stripe:ApiKey", false)]
        [InlineData("StripeApiKey", false)]
        public void Wildcards_match_any_run_of_characters(string key, bool matches)
        {
            UsageMatcher matcher = Matcher("      - config: Stripe:*\n");
            Assert.Equal(matches, matcher.Find(key) != null);
        }

        [Fact]
        public void Fingerprints_accept_known_literals()
        {
            string fingerprint = Redaction.Fingerprint("public-test-key");
            UsageMatcher matcher = new UsageMatcher(ManifestLoader.Load("tokens.yaml",
                ManifestLoaderTests.Valid.Replace("    environments:", "    fingerprints: [" + fingerprint + "]\n    environments:")).Manifest!);
            Assert.True(matcher.IsAcceptedFingerprint(fingerprint));
            Assert.False(matcher.IsAcceptedFingerprint(Redaction.Fingerprint("other")));
        }
    }
}
