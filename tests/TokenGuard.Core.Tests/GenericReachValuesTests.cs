using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Issue 15, item 3, in Core: the value shapes that are no secret beside a secret-like name, the threshold for a
    /// credential no name describes, plural collection names, the methods that authenticate, and the decision for
    /// an authentication literal.
    /// </summary>
    public class GenericReachValuesTests
    {
        [Theory]
        [InlineData("api/v2/keys/{keyId:guid}/rotate")]
        [InlineData("/tenants/{tenantId}/tokens/42")]
        [InlineData("{*path}")]
        [InlineData("/run/secrets/client_secret_v2")]
        [InlineData("kv/data/orders2/db-password")]
        [InlineData("projects/acme-prod-42/secrets/signing-key/versions/3")]
        [InlineData("secret/data/Payments/StripeApiKey2")]
        [InlineData(@"C:\secrets\smtp2\password.txt")]
        [InlineData("arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe-Ab12Cd")]
        [InlineData("2.14.0-beta.3")]
        [InlineData("v12.3.1")]
        [InlineData("10.0.100-rc.2.25502.107")]
        [InlineData("1.4.0+build.20251102")]
        [InlineData("ATBB[A-Za-z0-9_=.-]{24,}")]
        [InlineData("^(?=.*[a-z])(?=.*\\d)[A-Za-z\\d@$!%*?&]{8,}$")]
        [InlineData("sk_live_\\w+")]
        public void Templates_paths_versions_and_patterns_are_not_secrets(string value)
        {
            Assert.True(NonSecretShapes.IsNotASecretShape(value), value);
            Assert.False(GenericSecrets.IsLikelySecret("ApiKey", value), value);
            Assert.False(GenericSecrets.IsLikelyCredential(value), value);
        }

        [Fact]
        public void Random_base64_with_slashes_is_neither_a_path_nor_a_version()
        {
            for (int seed = 0; seed < 200; seed++)
            {
                string key = TestTokens.Random(TestTokens.Alphanumeric + "+/", 40, seed);
                Assert.False(NonSecretShapes.IsNotASecretShape(key), key);
            }
        }

        [Theory]
        [InlineData("Identity.Application")]
        [InlineData("svc-build01")]
        [InlineData("ops@acme.io")]
        [InlineData("Cookies")]
        [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
        [InlineData("Payments:Stripe2:ApiKey")]
        [InlineData("ORDERS_DB_PASSWORD")]
        [InlineData("MyCompany.DefaultScheme")]
        [InlineData("changeme")]
        [InlineData("{0}")]
        public void Names_ids_and_placeholders_given_to_an_authentication_are_not_credentials(string value) =>
            Assert.False(GenericSecrets.IsLikelyCredential(value), value);

        [Fact]
        public void Random_keys_and_passwords_given_to_an_authentication_are_credentials()
        {
            Assert.True(GenericSecrets.IsLikelyCredential(TestTokens.Random(TestTokens.Alphanumeric, 32, 1)));
            Assert.True(GenericSecrets.IsLikelyCredential("Tr0ub4dor" + "&3"));
            Assert.True(GenericSecrets.IsLikelyCredential("WinterSun" + "2031")); // a password that ends in digits
            Assert.True(GenericSecrets.IsLikelyCredential("UvYjYJ" + "UqAJ%iJ+XnSD")); // no digit, but symbols between random letters
        }

        [Theory]
        [InlineData("ApiKeys")]
        [InlineData("Passwords")]
        [InlineData("clientSecrets")]
        [InlineData("SigningKeys")]
        [InlineData("WebhookSecrets")]
        public void Plural_secret_names_are_secret_names(string name) => Assert.True(SecretNames.LooksLikeSecret(name), name);

        [Theory]
        [InlineData("TokenHashes")]
        [InlineData("ApiKeyIds")]
        [InlineData("PasswordRules")]
        [InlineData("CacheKeys")]
        [InlineData("PasswordSha256s")]
        public void Plural_names_of_things_about_secrets_are_not(string name) => Assert.False(SecretNames.LooksLikeSecret(name), name);

        [Fact]
        public void Plural_password_names_take_the_password_threshold() => Assert.True(SecretNames.IsPasswordName("Passwords"));

        [Theory]
        [InlineData("Authenticate", true)]
        [InlineData("AuthenticateAsync", true)]
        [InlineData("LoginAsync", true)]
        [InlineData("LogIn", true)]
        [InlineData("SignIn", true)]
        [InlineData("PasswordSignInAsync", true)]
        [InlineData("UseApiKey", true)]
        [InlineData("WithCredentials", true)]
        [InlineData("SetPassword", true)]
        [InlineData("HttpBasicAuthenticator", true)]
        [InlineData("GetSecret", false)]
        [InlineData("ValidateToken", false)]
        [InlineData("RevokeToken", false)]
        [InlineData("Set", false)]
        [InlineData("SignOut", false)]
        public void Methods_that_authenticate(string name, bool authenticates) => Assert.Equal(authenticates, AuthenticatingMethods.Authenticates(name));

        [Fact]
        public void An_authentication_literal_is_TG0002_without_its_scheme_and_TG0001_for_a_known_format()
        {
            string key = TestTokens.Random(TestTokens.Alphanumeric, 32, 7);
            var position = ValuePosition.AuthenticationLiteral(display: "'Bearer …'");

            SecretVerdict generic = SecretDecision.Decide("Bearer " + key, position);
            SecretVerdict known = SecretDecision.Decide(TestTokens.GitHubClassic(), position);

            Assert.Equal(DiagnosticIds.HardCodedLikelySecret, generic.DiagnosticId);
            Assert.Equal(Redaction.Fingerprint(key), generic.Fingerprint);
            Assert.Equal("'Bearer …'", position.Display);
            Assert.Equal(DiagnosticIds.HardCodedKnownToken, known.DiagnosticId);
            Assert.False(SecretDecision.Decide("Bearer " + "{0}", position).IsReported);
        }

        [Theory]
        [InlineData("Bearer ", true)]
        [InlineData("Authorization: Bearer ", true)]
        [InlineData("token ", true)]
        [InlineData("Invalid token ", false)]
        [InlineData("Bearer", false)]
        public void Text_that_ends_with_a_scheme(string text, bool endsWithScheme) => Assert.Equal(endsWithScheme, AuthenticationSchemes.EndsWithScheme(text));
    }
}
