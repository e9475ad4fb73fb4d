using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;
using Verify = TokenGuard.Tests.AnalyzerTest<TokenGuard.Analyzers.UnregisteredUsageAnalyzer>;

namespace TokenGuard.Tests
{
    public class UnregisteredUsageAnalyzerTests
    {
        // The shape of Microsoft.Extensions.Configuration that matters here, without the package.
        private static Task RunWithConfiguration(string body) =>
            Verify.RunAsync(Usings + body + "\n" + Stubs.Configuration, Manifests.Stripe);

        private const string Usings = Stubs.ConfigurationUsings;

        [Fact]
        public Task GetValue_and_chained_sections_are_traced() =>
            RunWithConfiguration(
                "class C {\n" +
                "  void M(IConfiguration c) {\n" +
                "    var a = c.GetValue<string>({|TG0003:\"OpenAI:ApiKey\"|});\n" +
                "    var b = c.GetSection(\"Twilio\")[{|TG0003:\"AuthToken\"|}];\n" +
                "    var d = c.GetSection(\"Stripe\")[\"ApiKey\"];\n" +
                "    var e = c.GetSection(\"Payments\").GetSection(\"Stripe\").GetValue<string>({|TG0003:\"SecretKey\"|});\n" +
                "    var section = c.GetRequiredSection(\"Stripe\");\n" +
                "    var f = section[\"ApiKey\"];\n" +
                "    var g = {|TG0003:c.GetSection(\"GitHub:Token\").Value|};\n" +
                "  }\n" +
                "}");

        [Fact]
        public Task Keys_built_from_constants_nameof_and_interpolation() =>
            RunWithConfiguration(
                "class C {\n" +
                "  const string Section = \"Slack\";\n" +
                "  string BotToken = \"\";\n" +
                "  void M(IConfiguration c) {\n" +
                "    var a = c[{|TG0003:Section + \":\" + nameof(BotToken)|}];\n" +
                "    var b = c[{|TG0003:$\"{Section}:SigningSecret\"|}];\n" +
                "  }\n" +
                "}");

        [Fact]
        public Task Connection_strings_are_credentials_whatever_their_name() =>
            RunWithConfiguration("class C { string? M(IConfiguration c) => c.GetConnectionString({|TG0003:\"Orders\"|}); }");

        [Fact]
        public Task Key_read_from_a_section_of_unknown_path_matches_by_its_tail()
        {
            return Verify.RunAsync(Usings +
                "class C {\n" +
                "  string? A(IConfigurationSection s) => s[\"ApiKey\"];\n" +
                "  string? B(IConfigurationSection s) => s[{|#0:\"WebhookSecret\"|}];\n" +
                "}\n" + Stubs.Configuration, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.UnregisteredUsage).WithLocation(0).WithArguments("configuration key", "…:WebhookSecret", "tokens.yaml"));
        }

        [Fact]
        public Task Options_classes_bound_to_sections_are_checked_property_by_property()
        {
            string source = Usings +
                "class SendGridOptions { public string ApiKey { get; set; } = \"\"; public string From { get; set; } = \"\"; [ConfigurationKeyName(\"webhook_secret\")] public string Hook { get; set; } = \"\"; }\n" +
                "class StripeOptions { public string ApiKey { get; set; } = \"\"; }\n" +
                "class C {\n" +
                "  void M(IServiceCollection services, IConfiguration c) {\n" +
                "    {|#0:services.Configure<SendGridOptions>(c.GetSection(\"SendGrid\"))|};\n" +
                "    services.Configure<StripeOptions>(c.GetSection(\"Stripe\"));\n" +
                "    var o = new SendGridOptions();\n" +
                "    {|#1:c.GetSection(\"Mail\").Bind(o)|};\n" +
                "    var s = {|#2:c.GetSection(\"Mail2\").Get<StripeOptions>()|};\n" +
                "  }\n" +
                "}\n" + Stubs.Configuration;
            DiagnosticResult Expected(int location, string key) =>
                new DiagnosticResult(Descriptors.UnregisteredUsage).WithLocation(location).WithArguments("configuration key", key, "tokens.yaml");
            return Verify.RunAsync(source, Manifests.Stripe, null,
                Expected(0, "SendGrid:ApiKey"), Expected(0, "SendGrid:webhook_secret"),
                Expected(1, "Mail:ApiKey"), Expected(1, "Mail:webhook_secret"),
                Expected(2, "Mail2:ApiKey"));
        }

        [Fact]
        public Task Unregistered_environment_variable_is_TG0003_on_the_key() =>
            Verify.RunAsync(
                "class C { string? M() => System.Environment.GetEnvironmentVariable({|#0:\"GITHUB_TOKEN\"|}); }",
                Manifests.Stripe,
                null,
                new DiagnosticResult(Descriptors.UnregisteredUsage).WithLocation(0).WithArguments("environment variable", "GITHUB_TOKEN", "tokens.yaml"));

        [Fact]
        public Task Registered_reads_are_TG0010_and_entries_no_read_matches_are_TG0006()
        {
            string manifest = Manifests.Stripe +
                "  - id: legacy-ftp\n    owner: team:ops\n    system: ftp\n    scope: [read]\n    created: 2026-01-01\n    expires: 2026-12-01\n    usages:\n      - env: FTP_PASSWORD\n" +
                "  - id: public-test-key\n    owner: team:ops\n    system: demo\n    scope: [read]\n    created: 2026-01-01\n    expires: 2026-12-01\n    fingerprints: [sha256:" + new string('a', 64) + "]\n";
            var test = new Verify("class C { string? M() => System.Environment.GetEnvironmentVariable(\"Stripe__ApiKey\"); }", manifest);
            test.DisabledDiagnostics.Clear();
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnusedManifestEntry).WithSpan("/0/tokens.yaml", 13, 5, 13, 5).WithArguments("legacy-ftp"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.TokenUsageLocated).WithSpan(1, 68, 1, 84).WithArguments("stripe-checkout", "tokens.yaml", "team:payments", "2027-01-10"));
            return test.RunAsync();
        }

        [Fact]
        public Task Registered_environment_variable_is_fine() =>
            Verify.RunAsync("class C { string? M() => System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\"); }", Manifests.Stripe);

        [Fact]
        public Task Environment_form_of_a_registered_config_key_is_fine() =>
            Verify.RunAsync("class C { string? M() => System.Environment.GetEnvironmentVariable(\"Stripe__ApiKey\"); }", Manifests.Stripe);

        [Fact]
        public Task Key_from_a_const_field_is_traced() =>
            Verify.RunAsync(
                "class C { const string Name = \"SLACK_\" + \"BOT_TOKEN\"; string? M() => System.Environment.GetEnvironmentVariable({|TG0003:Name|}); }",
                Manifests.Stripe);

        [Fact]
        public Task Non_secret_names_are_ignored() =>
            Verify.RunAsync("class C { string? M() => System.Environment.GetEnvironmentVariable(\"ASPNETCORE_ENVIRONMENT\"); }", Manifests.Stripe);

        [Fact]
        public Task Non_constant_keys_are_ignored() =>
            Verify.RunAsync("class C { string? M(string k) => System.Environment.GetEnvironmentVariable(k); }", Manifests.Stripe);

        [Fact]
        public Task Configuration_indexer_is_checked() =>
            Verify.RunAsync(
                Stubs.Configuration +
                "class C {\n" +
                "  string? A(Microsoft.Extensions.Configuration.IConfiguration c) => c[{|TG0003:\"OpenAI:ApiKey\"|}];\n" +
                "  string? B(Microsoft.Extensions.Configuration.IConfiguration c) => c[\"Stripe:ApiKey\"];\n" +
                "  string? D(Microsoft.Extensions.Configuration.ConfigurationManager c) => c[{|TG0003:\"Sendgrid:Password\"|}];\n" +
                "  string? E(Microsoft.Extensions.Configuration.IConfigurationRoot c) => c[\"Partners:Acme:ApiKey\"];\n" +
                "  string? F(Microsoft.Extensions.Configuration.IConfiguration c) => c[\"Logging:LogLevel:Default\"];\n" +
                "}",
                Manifests.Stripe);

        [Fact]
        public Task Other_indexers_are_ignored() =>
            Verify.RunAsync("class C { string M(System.Collections.Generic.Dictionary<string, string> d) => d[\"GITHUB_TOKEN\"]; }", Manifests.Stripe);

        [Fact]
        public Task Enforced_builds_report_errors() =>
            Verify.RunAsync(
                "class C { string? M() => System.Environment.GetEnvironmentVariable({|#0:\"GITHUB_TOKEN\"|}); }",
                Manifests.Stripe,
                "build_property.TokenGuardEnforce = true\n",
                new DiagnosticResult(Descriptors.UnregisteredUsage).WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("environment variable", "GITHUB_TOKEN", "tokens.yaml"));

        [Fact]
        public Task Missing_manifest_is_one_TG0007_and_pauses_usage_checks() =>
            Verify.RunAsync(
                "class C { string? M() => System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); }",
                null,
                null,
                new DiagnosticResult(Descriptors.ManifestMissingOrUnreadable).WithNoLocation()
                    .WithArguments("No tokens.yaml found in the project folder or above it; create one at the repository root or set TokenGuardManifest"));

        [Fact]
        public Task Broken_manifest_is_TG0007_pointing_into_the_manifest()
        {
            var test = new Verify(
                "class C { string? M() => System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); }",
                "version: 1\ntokens:\n  - id: [unclosed\n");
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.ManifestMissingOrUnreadable)
                .WithSpan("/0/tokens.yaml", 4, 1, 4, 1)
                .WithArguments("The manifest cannot be read (TG1001: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.)"));
            return test.RunAsync();
        }
    }
}
