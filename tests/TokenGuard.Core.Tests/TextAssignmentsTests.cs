using System.Linq;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// name = value pairs in text files, the TextAssignment decision over them, and the pieces of knowledge it rests on
    /// (public and anti-forgery names, "X to Y" names, random UUIDs, format prefixes, PKCS#12 containers).
    /// </summary>
    public class TextAssignmentsTests
    {
        private static string Key(int seed) => TestTokens.Random(TestTokens.Alphanumeric, 32, seed);

        [Theory]
        [InlineData("client_secret: {0}", "client_secret")]
        [InlineData("export API_TOKEN={0}", "API_TOKEN")]
        [InlineData("\"credentials\" : \"{0}\",", "credentials")]
        [InlineData("'access_token': '{0}'", "access_token")]
        [InlineData("token := \"{0}\"", "token")]
        [InlineData("  password ?= {0} # rotated", "password")]
        [InlineData("GetEnvOrDefault(\"api_token\", \"{0}\")", "api_token")]
        [InlineData("spring.datasource.password={0}", "spring.datasource.password")]
        public void Assignment_syntaxes_give_the_name_and_the_value_span(string line, string name)
        {
            string value = Key(1);
            string text = "# settings\n" + string.Format(line, value) + "\n";

            var found = TextAssignments.Find(text).Single(a => a.Name == name);

            Assert.Equal(value, text.Substring(found.ValueStart, found.ValueLength));
        }

        [Theory]
        [InlineData("the password combination {0} is rotated")]
        [InlineData("token == {0}")]
        [InlineData("Ns::token {0}")]
        [InlineData("token: !vault |")]
        [InlineData("api_key = get_key({0})")]
        public void Prose_comparisons_and_code_are_not_assignments(string line)
        {
            string text = string.Format(line, Key(2));

            Assert.DoesNotContain(TextAssignments.Find(text), a => text.Substring(a.ValueStart, a.ValueLength).Contains(Key(2)));
        }

        [Fact]
        public void In_program_source_only_quoted_values_count()
        {
            string text = "api_key = config.api_key_" + Key(3) + "\napi_token = \"" + Key(4) + "\"\n";

            var found = TextAssignments.Find(text, quotedValuesOnly: true);

            Assert.Equal(new[] { Key(4) }, found.Select(a => text.Substring(a.ValueStart, a.ValueLength)));
        }

        [Fact]
        public void Lines_without_a_secret_word_are_not_read()
        {
            Assert.Empty(TextAssignments.Find("colour = " + Key(5) + "\nlocale: " + Key(6) + "\n"));
        }

        [Theory]
        [InlineData("client_secret", true)]
        [InlineData("user_auth", true)]
        [InlineData("publicToken", false)]
        [InlineData("csrf-token", false)]
        [InlineData("keyVaultToStoreSecrets", false)]
        [InlineData("pathToPrivateKey", false)]
        [InlineData("kms_key_id", false)]
        [InlineData("credential_authorized_at", false)]
        [InlineData("passwordChanged", false)]
        public void The_decision_in_text_follows_what_the_name_says(string name, bool secret)
        {
            SecretVerdict verdict = SecretDecision.Decide(Key(7), ValuePosition.TextAssignment(name));

            Assert.Equal(secret, verdict.IsGenericSecret);
            if (secret) Assert.Equal(DiagnosticIds.HardCodedLikelySecret, verdict.DiagnosticId);
        }

        [Theory]
        [InlineData("$CI_API_TOKEN")]
        [InlineData("${API_TOKEN}")]
        [InlineData("$(cat /run/secrets/token)")]
        [InlineData("*defaultToken")]
        [InlineData("%API_TOKEN%")]
        [InlineData("{{ .Values.token }}")]
        [InlineData("2021-08-31T16:35:43Z")]
        [InlineData("/tmp/keys/GCP_SA_RELEASE_BOT.json")]
        [InlineData("st=2025-03-04T07:24:52Z")]
        [InlineData("2021-08-31 16:35:43.120+02:00")]
        public void References_stand_for_the_secret_and_are_not_it(string value)
        {
            Assert.False(SecretDecision.Decide(value, ValuePosition.TextAssignment("api_token")).IsReported);
        }

        [Theory]
        [InlineData("Fake-Concur-Pass-24")]
        [InlineData("AwsR00tAccess2024#")]
        [InlineData("TfCl0udPlatf0rm2024#")]
        public void A_password_of_words_a_person_chose_is_not_reported_in_text(string value)
        {
            Assert.True(GenericSecrets.LooksLikeWords(value));
            Assert.False(SecretDecision.Decide(value, ValuePosition.TextAssignment("password")).IsReported);
        }

        [Fact]
        public void Base64_of_printable_text_is_judged_by_that_text()
        {
            string encode(string text) => System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(text));

            Assert.False(SecretDecision.Decide(encode("password"), ValuePosition.TextAssignment("password")).IsReported);
            Assert.False(SecretDecision.Decide(encode("changeme"), ValuePosition.TextAssignment("api_token")).IsReported);
            Assert.True(SecretDecision.Decide(encode(Key(13)), ValuePosition.TextAssignment("api_token")).IsGenericSecret);
        }

        [Fact]
        public void Machine_made_keys_do_not_look_like_words()
        {
            for (int seed = 100; seed < 300; seed++) Assert.False(GenericSecrets.LooksLikeWords(TestTokens.Random(TestTokens.Alphanumeric, 24, seed)), TestTokens.Random(TestTokens.Alphanumeric, 24, seed));
            Assert.False(GenericSecrets.LooksLikeWords("eyJ0eXAioiJKV1slS3oASx=="));
        }

        [Fact]
        public void A_random_uuid_under_a_token_name_is_a_key_a_time_based_or_counting_one_is_not()
        {
            string v4 = TestTokens.Random("0123456789abcdef", 8, 8) + "-e246-48f3-91a7-" + TestTokens.Random("0123456789abcdef", 12, 9);

            Assert.True(SecretDecision.Decide(v4, ValuePosition.TextAssignment("api_token")).IsGenericSecret);
            Assert.False(SecretDecision.Decide(v4, ValuePosition.TextAssignment("client_id")).IsReported);
            Assert.False(SecretDecision.Decide("3f2504e0-4f89-11d3-9a0c-0305e82c3301", ValuePosition.TextAssignment("api_token")).IsReported);
            Assert.False(SecretDecision.Decide("00000000-0000-4000-8000-000000000000", ValuePosition.TextAssignment("api_token")).IsReported);
            // In C# and settings files a UUID stays an identifier, as before.
            Assert.False(GenericSecrets.IsLikelySecret("apiToken", v4));
        }

        [Fact]
        public void A_value_with_a_formats_prefix_that_the_format_rejects_is_left_to_the_format()
        {
            string malformed = "xo" + "xp-1234-1234-1234-" + TestTokens.Random("0123456789abcdef", 32, 10);

            Assert.True(TokenScanner.Default.StartsWithFormatPrefix(malformed));
            Assert.False(SecretDecision.Decide(malformed, ValuePosition.TextAssignment("slack_token")).IsReported);
            Assert.False(TokenScanner.Default.StartsWithFormatPrefix(Key(11)));
        }

        [Fact]
        public void A_pkcs12_container_is_recognised_by_structure_and_by_its_key_bag()
        {
            byte[] shrouded = Pkcs12Bytes.WithKeyBag(shrouded: true);
            byte[] truncated = shrouded.Take(shrouded.Length - 1).ToArray();

            Assert.True(Pkcs12Container.HoldsPrivateKey(shrouded));
            Assert.True(Pkcs12Container.HoldsPrivateKey(Pkcs12Bytes.WithKeyBag(shrouded: false)));
            Assert.False(Pkcs12Container.HoldsPrivateKey(Pkcs12Bytes.CertificatesOnly()));
            Assert.False(Pkcs12Container.HoldsPrivateKey(truncated));
            Assert.False(Pkcs12Container.HoldsPrivateKey(System.Text.Encoding.ASCII.GetBytes(TestTokens.Random(TestTokens.Alphanumeric, 300, 12))));
        }
    }
}
