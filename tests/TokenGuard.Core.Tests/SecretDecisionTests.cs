using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>The one decision: the same value gets the diagnostic its position calls for, in every host.</summary>
    public class SecretDecisionTests
    {
        private static readonly string Random = TestTokens.Random(TestTokens.Alphanumeric, 32, seed: 11);

        [Fact]
        public void A_known_format_is_TG0001_in_source_and_TG0004_in_settings()
        {
            string token = TestTokens.GitHubClassic(seed: 3);
            Assert.Equal(DiagnosticIds.HardCodedKnownToken, SecretDecision.Decide(token, ValuePosition.SourceLiteral(receivingName: null)).DiagnosticId);
            Assert.Equal(DiagnosticIds.HardCodedKnownToken, SecretDecision.Decide(token, ValuePosition.SourceConstant()).DiagnosticId);
            Assert.Equal(DiagnosticIds.AppSettingsTokenValue, SecretDecision.Decide(token, ValuePosition.SettingsValue(settingPath: "GitHub:Token")).DiagnosticId);
        }

        [Fact]
        public void A_known_format_given_to_a_sink_or_secret_parameter_is_left_to_the_literal()
        {
            string token = TestTokens.GitHubClassic(seed: 4);
            Assert.False(SecretDecision.Decide("Bearer " + token, ValuePosition.CredentialSink(sinkDisplay: "the 'Authorization' header")).IsReported);
            Assert.False(SecretDecision.Decide(token, ValuePosition.SecretParameter(parameterName: "apiKey")).IsReported);
        }

        [Fact]
        public void A_random_value_needs_a_secret_name_or_a_sink()
        {
            Assert.False(SecretDecision.Decide(Random, ValuePosition.SourceLiteral(receivingName: null)).IsReported);
            Assert.False(SecretDecision.Decide(Random, ValuePosition.SourceLiteral(receivingName: "cacheKey")).IsReported);
            Assert.Equal(DiagnosticIds.HardCodedLikelySecret, SecretDecision.Decide(Random, ValuePosition.SourceLiteral(receivingName: "apiKey")).DiagnosticId);
            Assert.Equal(DiagnosticIds.HardCodedLikelySecret, SecretDecision.Decide("Bearer " + Random, ValuePosition.CredentialSink(sinkDisplay: "the 'Authorization' header")).DiagnosticId);
            Assert.Equal(DiagnosticIds.AppSettingsTokenValue, SecretDecision.Decide(Random, ValuePosition.SettingsValue(settingPath: "Stripe:ApiKey")).DiagnosticId);
            Assert.False(SecretDecision.Decide(Random, ValuePosition.SettingsValue(settingPath: "ConnectionStrings:ApiKey")).IsReported);
        }

        [Theory]
        [InlineData("Jwt:SigningKey", "ValidateIssuerSigningKey")]
        [InlineData("Authentication:ApiKey", "ApiKeyAuthenticationScheme")]
        [InlineData("Features:TokenHandler", "RequireHttpsMetadataForTokens")]
        public void A_name_in_camel_cased_words_under_a_secret_setting_is_an_option_named_there(string path, string value) =>
            Assert.False(SecretDecision.Decide(value, ValuePosition.SettingsValue(settingPath: path)).IsReported, path + " = " + value);

        [Fact]
        public void A_committed_password_in_settings_is_reported_even_when_short_or_in_words()
        {
            Assert.True(SecretDecision.Decide("Winter" + "2026!", ValuePosition.SettingsValue(settingPath: "Database:Password")).IsReported);
            Assert.True(SecretDecision.Decide("Hunter" + "Two", ValuePosition.SettingsValue(settingPath: "Smtp:Password")).IsReported);
        }

        [Fact]
        public void The_verdict_carries_the_fingerprint_of_the_secret_without_its_scheme_never_the_value()
        {
            SecretVerdict verdict = SecretDecision.Decide("Bearer " + Random, ValuePosition.CredentialSink(sinkDisplay: "the 'Authorization' header"));
            Assert.Equal(Redaction.Fingerprint(Random), verdict.Fingerprint);
            Assert.DoesNotContain(Random, verdict.Redacted);
        }
    }
}
