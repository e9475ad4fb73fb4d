using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Format knowledge wins over the generic rule: a value a format says is public, a published sample, or a
    /// checksummed format whose checksum fails is reported neither as TG0001 nor as TG0002 / TG0004, under any name.
    /// Each case has a control: a random value of the same shape under the same name is reported.
    /// </summary>
    public class KnownNonSecretsTests
    {
        private static readonly string Control = TestTokens.Random(TestTokens.Alphanumeric, 40, seed: 501);

        // The Azure Storage emulator's account key, published in Microsoft's Azurite documentation; assembled so no
        // key-shaped literal is committed.
        private static string AzuriteAccountKey() =>
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw==";

        // The Azure Cosmos DB emulator's account key, published in Microsoft's emulator documentation and the same on every
        // install; assembled like Azurite's.
        private static string CosmosEmulatorKey() =>
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuV" + "TqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

        // One of the Google browser API keys gitleaks' gcp-api-key rule allowlists (published in Firebase samples).
        private static string PublishedGoogleKey() => "AIza" + "SyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs";

        private static void NotReportedUnderSecretNames(string value)
        {
            Assert.False(SecretDecision.Decide(value, ValuePosition.SourceLiteral(receivingName: "apiKey")).IsReported, "TG0001/TG0002 in source");
            Assert.False(SecretDecision.Decide(value, ValuePosition.SourceLiteral(receivingName: "clientSecret")).IsReported, "TG0001/TG0002 in source");
            Assert.False(SecretDecision.Decide(value, ValuePosition.SourceConstant()).IsReported, "TG0001 in a constant");
            Assert.False(SecretDecision.Decide(value, ValuePosition.SettingsValue(settingPath: "Payments:ApiKey")).IsReported, "TG0004 in settings");
            Assert.False(SecretDecision.Decide("Bearer " + value, ValuePosition.CredentialSink(sinkDisplay: "the 'Authorization' header")).IsReported, "TG0002 at a sink");
        }

        [Fact]
        public void The_control_value_is_a_generic_secret_under_the_same_names()
        {
            Assert.Equal(DiagnosticIds.HardCodedLikelySecret, SecretDecision.Decide(Control, ValuePosition.SourceLiteral(receivingName: "apiKey")).DiagnosticId);
            Assert.Equal(DiagnosticIds.AppSettingsTokenValue, SecretDecision.Decide(Control, ValuePosition.SettingsValue(settingPath: "Payments:ApiKey")).DiagnosticId);
            Assert.False(KnownNonSecrets.Recognises(Control));
        }

        [Fact]
        public void A_Stripe_publishable_key_is_public_by_design()
        {
            string publishable = "pk" + "_live_" + TestTokens.Random(TestTokens.Alphanumeric, 32, seed: 502);
            Assert.True(KnownNonSecrets.IsPublicFormat(publishable));
            NotReportedUnderSecretNames(publishable);
            // The secret key of the same shape is still the Stripe rule's.
            Assert.Equal(DiagnosticIds.HardCodedKnownToken, SecretDecision.Decide(TestTokens.StripeSecret(seed: 502), ValuePosition.SourceLiteral(receivingName: "apiKey")).DiagnosticId);
        }

        [Fact]
        public void Public_keys_and_certificates_are_not_secrets()
        {
            string body = TestTokens.Random(TestTokens.Alphanumeric + "+/", 64, seed: 503);
            NotReportedUnderSecretNames("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----");
            NotReportedUnderSecretNames("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----");
            NotReportedUnderSecretNames("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + body + " deploy@build");
        }

        [Fact]
        public void A_GitHub_token_with_a_broken_checksum_is_a_near_miss_not_a_generic_secret()
        {
            string nearMiss = TestTokens.GitHubClassicBadChecksum(seed: 504);
            Assert.True(TokenScanner.Default.IsNearMissOfChecksummedFormat(nearMiss));
            NotReportedUnderSecretNames(nearMiss);
            Assert.False(TokenScanner.Default.IsNearMissOfChecksummedFormat(TestTokens.GitHubClassic(seed: 504)));
            Assert.Equal(DiagnosticIds.HardCodedKnownToken, SecretDecision.Decide(TestTokens.GitHubClassic(seed: 504), ValuePosition.SourceLiteral(receivingName: "apiKey")).DiagnosticId);
        }

        [Fact]
        public void A_Microsoft_identifiable_key_with_a_broken_checksum_is_a_near_miss()
        {
            string key = RuleSamples.Secrets["azure-search-key"]();
            string nearMiss = TestTokens.WithBrokenChecksum(key);
            Assert.True(TokenScanner.Default.IsNearMissOfChecksummedFormat(nearMiss));
            NotReportedUnderSecretNames(nearMiss);
        }

        [Fact]
        public void A_value_without_a_checksummed_shape_is_no_near_miss()
        {
            // A Slack-shaped value has no checksum: its rule's rejection of a placeholder says nothing about a random value.
            Assert.False(TokenScanner.Default.IsNearMissOfChecksummedFormat(Control));
            Assert.False(TokenScanner.Default.IsNearMissOfChecksummedFormat("ghp_" + TestTokens.Random(TestTokens.Alphanumeric, 20, seed: 505)));
        }

        [Fact]
        public void Published_samples_are_recognised_by_fingerprint_and_suffix()
        {
            NotReportedUnderSecretNames(AzuriteAccountKey());
            Assert.Empty(TokenScanner.Default.Scan("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteAccountKey() + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"));
            NotReportedUnderSecretNames(CosmosEmulatorKey());
            Assert.Empty(TokenScanner.Default.Scan("AccountEndpoint=https://localhost:8081/;AccountKey=" + CosmosEmulatorKey() + ";"));
            Assert.Empty(TokenScanner.Default.Scan("COSMOS_KEY=" + CosmosEmulatorKey()));
            NotReportedUnderSecretNames(PublishedGoogleKey());
            Assert.Empty(TokenScanner.Default.Scan("apiKey: \"" + PublishedGoogleKey() + "\""));
            string awsExampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY";
            Assert.True(KnownNonSecrets.IsPublishedSample(awsExampleSecret));
            NotReportedUnderSecretNames(awsExampleSecret);
            // A Google key of the same shape that nobody published is still reported.
            string unpublished = "AIza" + TestTokens.Random(TestTokens.Alphanumeric + "_-", 35, seed: 506);
            Assert.Equal("google-api-key", Assert.Single(TokenScanner.Default.Scan(unpublished)).Rule.Id);
        }

        [Theory]
        [InlineData("Fake-", "-Old-01")]
        [InlineData("fake", "Password")]
        [InlineData("DUMMY_", "_2")]
        [InlineData("Sample.", "!")]
        [InlineData("Mock", "#9")]
        public void A_value_whose_first_word_says_it_is_not_real_is_no_generic_secret(string label, string tail)
        {
            string value = label + TestTokens.Random(TestTokens.Alphanumeric, 8, seed: 507) + tail;
            Assert.True(PlaceholderValues.IsLabelledNotReal(value), value);
            NotReportedUnderSecretNames(value);
        }

        [Theory]
        [InlineData("Fakee")]
        [InlineData("FAKEEP")]
        [InlineData("Mockingbird")]
        [InlineData("Test-")]
        public void A_first_word_that_is_not_a_label_leaves_the_value_a_secret(string start)
        {
            string value = start + TestTokens.Random(TestTokens.Alphanumeric, 14, seed: 508) + "#1";
            Assert.False(PlaceholderValues.IsLabelledNotReal(value), value);
            Assert.True(SecretDecision.Decide(value, ValuePosition.SettingsValue(settingPath: "Vpn:Password")).IsReported, value);
        }

        [Theory]
        [InlineData(1, 10000)]
        [InlineData(2, 100000)]
        public void An_AspNet_Identity_password_hash_is_not_the_password(int prf, int iterations)
        {
            // PasswordHasher V3's layout: 0x01, PRF, iterations, salt length (big-endian), salt, 32 bytes of PBKDF2 output.
            var bytes = new System.Collections.Generic.List<byte> { 0x01 };
            foreach (int field in new[] { prf, iterations, 16 }) bytes.AddRange(new[] { (byte)(field >> 24), (byte)(field >> 16), (byte)(field >> 8), (byte)field });
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(TestTokens.Random(TestTokens.Alphanumeric, 48, seed: 509)));
            string hash = System.Convert.ToBase64String(bytes.ToArray());
            Assert.True(GenericSecrets.IsNotASecret(hash), hash);
            NotReportedUnderSecretNames(hash);
            Assert.False(SecretDecision.Decide(hash, ValuePosition.SettingsValue(settingPath: "Users:0:PasswordHash")).IsReported);

            // The same bytes without the format marker are no such hash.
            bytes[0] = 0x07;
            Assert.False(GenericSecrets.IsNotASecret(System.Convert.ToBase64String(bytes.ToArray())));
        }

        [Theory]
        [InlineData(512)]
        [InlineData(256)]
        public void A_SealedSecret_ciphertext_is_made_to_be_committed(int keyLength)
        {
            // The session key's length (big-endian), the RSA-sealed key, then AES-GCM ciphertext and tag.
            var bytes = new System.Collections.Generic.List<byte> { (byte)(keyLength >> 8), (byte)keyLength };
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(TestTokens.Random(TestTokens.Alphanumeric, keyLength + 40, seed: 510)));
            string sealedValue = System.Convert.ToBase64String(bytes.ToArray());
            Assert.True(GenericSecrets.IsNotASecret(sealedValue));
            Assert.False(SecretDecision.Decide(sealedValue, ValuePosition.SettingsValue(settingPath: "spec:encryptedData:password")).IsReported);

            // A session key of no RSA size is no such ciphertext.
            bytes[1] = 0x07;
            Assert.False(GenericSecrets.IsNotASecret(System.Convert.ToBase64String(bytes.ToArray())));
        }
    }
}
