using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;

namespace TokenGuard.Tests
{
    public class AppSettingsAnalyzerTests
    {
        private static Task RunAsync(string fileName, string json, string? manifest = Manifests.Stripe, string? globalConfig = null, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest<AppSettingsAnalyzer>("class C { }", manifest, globalConfig);
            test.TestState.AdditionalFiles.Add(("/0/" + fileName, json));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task Token_value_is_TG0004_at_the_value() =>
            RunAsync("appsettings.json", "{\n  \"GitHub\": {\n    \"Token\": \"{|TG0004:" + TestTokens.GitHubClassic() + "|}\"\n  },\n  \"Stripe\": { \"ApiKey\": \"\" }\n}",
                Manifests.Stripe + "  - id: github\n    owner: team:x\n    system: github\n    scope: [repo]\n    created: 2026-01-01\n    expires: 2026-12-01\n    usages:\n      - config: GitHub:Token\n");

        [Fact]
        public Task Environment_specific_files_are_checked_too() =>
            RunAsync("appsettings.Production.json", "{ \"Aws\": { \"AccessKeyId\": \"{|TG0004:" + TestTokens.AwsAccessKeyId() + "|}\" } }");

        [Fact]
        public Task Message_names_the_key_and_shows_the_token_redacted()
        {
            string token = TestTokens.StripeSecret();
            return RunAsync("appsettings.json", "{ \"Stripe\": { \"ApiKey\": \"{|#0:" + token + "|}\" } }", Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsTokenValue).WithLocation(0)
                    .WithArguments("Stripe:ApiKey", "appsettings.json", "Stripe secret or restricted API key", Redaction.Redact(token, 8)));
        }

        [Fact]
        public Task Secret_named_setting_with_a_real_value_is_TG0004_whatever_its_format()
        {
            string password = TestTokens.Random(TestTokens.Alphanumeric, 14, 8);
            return RunAsync("appsettings.json",
                "{ \"Stripe\": { \"ApiKey\": \"{|#0:" + password + "|}\" },\n" +
                "  \"Partners\": { \"Acme\": { \"Token\": \"<set in user-secrets>\" } },\n" +
                "  \"Db\": { \"Password\": \"@Microsoft.KeyVault(SecretUri=https://vault.example/secrets/db)\" } }",
                Manifests.Stripe + "  - id: db\n    owner: team:x\n    system: db\n    scope: [rw]\n    created: 2026-01-01\n    expires: 2026-12-01\n    usages:\n      - config: Db:Password\n",
                null,
                new DiagnosticResult(Descriptors.AppSettingsTokenValue).WithLocation(0).WithArguments("Stripe:ApiKey", "appsettings.json", "secret", Redaction.Redact(password)));
        }

        [Fact]
        public Task Unregistered_secret_like_key_is_TG0005() =>
            RunAsync("appsettings.json", "{ \"SendGrid\": { \"ApiKey\": {|#0:\"\"|} }, \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } } }", Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0)
                    .WithArguments("SendGrid:ApiKey", "appsettings.json", "tokens.yaml", "config"));

        [Fact]
        public Task A_setting_in_one_case_that_runs_its_secret_word_on_is_TG0005_as_scan_reports_its_value() =>
            // BTCPAY_SSHPASSWORD: the value check reads the run-on word, so the registration check reads it too.
            RunAsync("appsettings.json", "{ \"BTCPAY_SSHPASSWORD\": {|#0:\"\"|}, \"ISPASSWORDLESS\": \"\" }", Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0)
                    .WithArguments("BTCPAY_SSHPASSWORD", "appsettings.json", "tokens.yaml", "config"));

        [Fact]
        public Task Hashes_prompts_and_names_of_other_settings_are_not_committed_secrets() =>
            RunAsync("appsettings.json",
                "{\n  \"Storage\": { \"TokenSha1\": \"" + TestTokens.Random("0123456789abcdef", 40, 81) + "\", \"PasswordBcrypt\": \"$2a$12$" + TestTokens.Random(TestTokens.Alphanumeric, 53, 82) + "\" },\n" +
                "  \"Identity\": { \"PasswordPrompt\": \"Enter your password\", \"TokenVariable\": \"GITHUB_TOKEN\", \"PasswordSetting\": {|#0:\"Database:Password\"|} }\n}",
                Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0)
                    .WithArguments("Identity:PasswordSetting", "appsettings.json", "tokens.yaml", "config"));

        [Fact]
        public Task Secret_named_keys_set_to_a_boolean_a_number_or_a_plain_url_are_settings_not_TG0005() =>
            RunAsync("appsettings.json",
                "{ \"Auth\": { \"RefreshToken\": true, \"AccessToken\": 3600, \"ClientSecret\": \"https://vault.example.com/secrets/app\", \"ApiKey\": {|#0:\"\"|} } }",
                Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0)
                    .WithArguments("Auth:ApiKey", "appsettings.json", "tokens.yaml", "config"));

        [Fact]
        public Task Enforced_builds_make_TG0005_an_error() =>
            RunAsync("appsettings.json", "{ \"OpenAI\": { \"ApiKey\": {|#0:\"\"|} } }", Manifests.Stripe, "build_property.TokenGuardEnforce = true\n",
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                    .WithArguments("OpenAI:ApiKey", "appsettings.json", "tokens.yaml", "config"));

        [Fact]
        public Task Registered_keys_and_wildcards_are_fine() =>
            RunAsync("appsettings.json", "{ \"Stripe\": { \"ApiKey\": \"\" }, \"Partners\": { \"Acme\": { \"Token\": \"\" } } }");

        [Fact]
        public Task Malformed_json_is_one_TG0008_not_an_exception() =>
            RunAsync("appsettings.json", "{\n  \"A\": \"x\"\n  \"B\": 1\n}", Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.SettingsFileUnreadable).WithSpan("/0/appsettings.json", 3, 3, 3, 3)
                    .WithArguments("appsettings.json", "invalid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'"));

        [Theory]
        [InlineData("secrets.json")]
        [InlineData("settings.json")]
        [InlineData("appsettings.yaml")]
        public Task Other_files_are_never_read(string fileName) =>
            RunAsync(fileName, "{ \"GitHub\": { \"Token\": \"" + TestTokens.GitHubClassic() + "\" } }");

        [Fact]
        public Task Accepted_fingerprint_is_not_reported()
        {
            string token = TestTokens.StripeSecret();
            return RunAsync("appsettings.Development.json", "{ \"Stripe\": { \"ApiKey\": \"" + token + "\" } }", Manifests.WithFingerprint(Redaction.Fingerprint(token)));
        }

        [Fact]
        public Task Without_a_manifest_values_are_still_checked() =>
            RunAsync("appsettings.json", "{ \"X\": { \"Hook\": \"{|TG0004:" + TestTokens.SlackWebhook() + "|}\" } }", manifest: null);
    }
}
