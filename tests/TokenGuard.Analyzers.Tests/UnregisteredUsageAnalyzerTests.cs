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
        private const string ConfigurationStub =
            "namespace Microsoft.Extensions.Configuration {\n" +
            "  public interface IConfiguration { string? this[string key] { get; set; } }\n" +
            "  public interface IConfigurationRoot : IConfiguration { }\n" +
            "  public sealed class ConfigurationManager : IConfigurationRoot { public string? this[string key] { get => null; set { } } }\n" +
            "}\n";

        [Fact]
        public Task Unregistered_environment_variable_is_TG0003_on_the_key() =>
            Verify.RunAsync(
                "class C { string? M() => System.Environment.GetEnvironmentVariable({|#0:\"GITHUB_TOKEN\"|}); }",
                Manifests.Stripe,
                null,
                new DiagnosticResult(Descriptors.UnregisteredUsage).WithLocation(0).WithArguments("environment variable", "GITHUB_TOKEN", "tokens.yaml"));

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
                ConfigurationStub +
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
