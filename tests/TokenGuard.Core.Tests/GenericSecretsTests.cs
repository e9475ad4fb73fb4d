using System;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>Labelled samples the generic-secret thresholds are checked against.</summary>
    public class GenericSecretsTests
    {
        public static TheoryData<string, string> Secrets() => new TheoryData<string, string>
        {
            { "apiKey", TestTokens.Random(TestTokens.Alphanumeric, 32, 1) },
            { "ClientSecret", TestTokens.Random(TestTokens.Alphanumeric + "~._-", 40, 2) },
            { "password", TestTokens.Random(TestTokens.Alphanumeric + "!#%&*", 20, 3) },
            { "SIGNING_KEY", TestTokens.Random("0123456789abcdef", 64, 4) },
            { "webhookSecret", TestTokens.Random(TestTokens.Alphanumeric, 24, 5) },
            { "AccessToken", TestTokens.Random(TestTokens.Alphanumeric + "-_", 43, 6) },
            // Letters only, both cases: random, not a name in words.
            { "signingKey", TestTokens.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 32, 7) },
        };

        [Theory]
        [MemberData(nameof(Secrets))]
        public void Random_values_under_secret_names_are_secrets(string name, string value) =>
            Assert.True(GenericSecrets.IsLikelySecret(name, value), name + " (" + GenericSecrets.ShannonEntropy(value) + " bits)");

        [Theory]
        [InlineData("apiKey", "")]
        [InlineData("apiKey", "<your-api-key>")]
        [InlineData("apiKey", "${API_KEY}")]
        [InlineData("password", "correct horse battery staple")]
        [InlineData("password", "ThisIsNotAPassword")]
        [InlineData("token", "https://login.example.com/oauth2/v2.0/token")]
        [InlineData("tokenEndpoint", "Xk29LmQp8sVt3RwYz7Nb")]
        [InlineData("clientSecret", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
        [InlineData("apiKey", "aaaaaaaaaaaaaaaaaaaaaaaa1")]
        [InlineData("apiKey", "abc123")]
        [InlineData("commitSha", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
        [InlineData("secretName", "Payments-Stripe-ApiKey-2026")]
        [InlineData("signingKey", "GetTLSConfigurationForServer")]
        [InlineData("apiKey", "mockMasterPasswordHashValue")]
        [InlineData("clientSecret", "CredentialsConfiguration")]
        public void Placeholders_words_urls_guids_and_short_values_are_not(string name, string value) =>
            Assert.False(GenericSecrets.IsLikelySecret(name, value), name + " = " + value);

        [Theory]
        [InlineData("Xk29LmQp", true)]
        [InlineData("  Xk29LmQp\t", true)]
        [InlineData("Xk29LmQ", false)]
        [InlineData("   Xk29LmQ   ", false)]
        [InlineData("Xk29 LmQp8sVt", false)]
        [InlineData("https://Xk29LmQp8sVt", false)]
        public void The_value_pre_check_rules_out_short_spaced_and_url_values(string value, bool couldBe) =>
            Assert.Equal(couldBe, GenericSecrets.CouldBeSecretValue(value));

        [Fact]
        public void The_value_pre_check_accepts_512_characters_and_no_more()
        {
            string random = string.Concat(System.Linq.Enumerable.Repeat("Xk29LmQp", 64));
            Assert.True(GenericSecrets.CouldBeSecretValue(random));
            Assert.False(GenericSecrets.CouldBeSecretValue(random + "Z"));
        }

        // Analyzers call the pre-check on every literal, so it must not allocate.
        [Fact]
        public void The_value_pre_check_allocates_nothing()
        {
            const string literal = "  Order {0} has {1} items at {2}  ";
            GenericSecrets.CouldBeSecretValue(literal);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) GenericSecrets.CouldBeSecretValue(literal);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void Entropy_is_measured_in_bits_per_character()
        {
            Assert.Equal(0, GenericSecrets.ShannonEntropy("aaaa"));
            Assert.Equal(2, GenericSecrets.ShannonEntropy("abcd"), 6);
        }
    }
}
