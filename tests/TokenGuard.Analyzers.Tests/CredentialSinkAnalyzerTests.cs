using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;
using Verify = TokenGuard.Tests.AnalyzerTest<TokenGuard.Analyzers.CredentialSinkAnalyzer>;

namespace TokenGuard.Tests
{
    public class CredentialSinkAnalyzerTests
    {
        private static Task Run(string body, params DiagnosticResult[] expected) =>
            Verify.RunAsync(Stubs.ConfigurationUsings + "using System.Net;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\n" + body + "\n" + Stubs.Configuration + Stubs.Azure, Manifests.Stripe, null, expected);

        [Fact]
        public Task Literal_in_a_credential_parameter_is_TG0002_with_the_value_redacted()
        {
            string secret = TestTokens.Random(TestTokens.Alphanumeric, 24, 3);
            return Run(
                "class C { object M() => new NetworkCredential(\"svc\", {|#0:\"" + secret + "\"|}); }",
                new DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(0).WithArguments("new NetworkCredential(…) 'password'", Redaction.Redact(secret)));
        }

        [Fact]
        public Task Bearer_header_literals_and_constant_concatenations_are_TG0002()
        {
            string secret = TestTokens.Random(TestTokens.Alphanumeric, 32, 4);
            return Run(
                "class C {\n" +
                "  const string Key = \"" + secret + "\";\n" +
                "  void M(HttpClient client) {\n" +
                "    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", {|TG0002:Key|});\n" +
                "    client.DefaultRequestHeaders.Add(\"X-Api-Key\", {|TG0002:\"k-\" + Key|});\n" +
                // A literal that spells its scheme out is HardCodedTokenAnalyzer's (GenericRuleReachTests): reported once, there.
                "    client.DefaultRequestHeaders.TryAddWithoutValidation(\"Authorization\", \"Bearer " + secret + "\");\n" +
                "    client.DefaultRequestHeaders.Add(\"Accept\", \"application/json\");\n" +
                "  }\n" +
                "}");
        }

        [Theory]
        [InlineData("\"\"")]
        [InlineData("\"<your-api-key>\"")]
        [InlineData("\"${API_KEY}\"")]
        [InlineData("\"changeme\"")]
        [InlineData("\"Bearer \"")]
        public Task Placeholders_are_not_reported(string value) =>
            Run("class C { object M() => new Azure.AzureKeyCredential(" + value + "); }");

        [Fact]
        public Task A_random_literal_for_a_secret_named_parameter_of_any_method_is_TG0002()
        {
            string key = TestTokens.Random(TestTokens.Alphanumeric, 35, 71);
            string source =
                "class ApiClient { public ApiClient(string apiKey) { } public void Tag(string label) { } }\n" +
                "class C { void M() { var c = new ApiClient({|#0:\"" + key + "\"|}); c.Tag(\"" + key + "\"); new ApiClient(\"short\"); } }";
            return Verify.RunAsync(source, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(0).WithArguments("'apiKey'", Redaction.Redact(key)));
        }

        [Fact]
        public Task Known_token_formats_are_left_to_TG0001() =>
            Run("class C { object M() => new Azure.AzureKeyCredential(\"" + TestTokens.GitHubClassic() + "\"); }");

        [Fact]
        public Task Config_read_into_a_sink_must_be_registered_whatever_the_key_name() =>
            Run(
                "class C {\n" +
                "  object A(IConfiguration c) => new Azure.AzureKeyCredential(c[{|TG0003:\"Search:Value\"|}]!);\n" +
                "  object B(IConfiguration c) { var v = c.GetSection(\"Maps\")[{|TG0003:\"Login\"|}]!; return new NetworkCredential(\"u\", v); }\n" +
                "  void D(IConfiguration c, HttpClient h) => h.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer \" + System.Environment.GetEnvironmentVariable({|TG0003:\"SEARCH_VALUE\"|}));\n" +
                "  object E(IConfiguration c) => new Azure.AzureKeyCredential(c[\"Stripe:ApiKey\"]!);\n" +
                "  object F(IConfiguration c) => new Azure.AzureKeyCredential(c[\"Other:ApiKey\"]!);\n" +
                "}");

        [Fact]
        public Task Untraceable_sources_are_TG0009_info() =>
            Run("class C { object M(string key) => new Azure.AzureKeyCredential({|TG0009:key|}); }");

        [Fact]
        public Task Property_sinks_are_checked() =>
            Run("class C { void M() { Stripe.StripeConfiguration.ApiKey = {|TG0002:\"" + TestTokens.Random(TestTokens.Alphanumeric, 20, 5) + "\"|}; } }");

        [Fact]
        public Task Users_add_sinks_in_editorconfig()
        {
            var test = new Verify(
                "namespace Acme { public class Client { public Client(string endpoint, string apiKey) { } } }\n" +
                "class C { object M() => new Acme.Client(\"https://acme.example\", {|TG0002:\"" + TestTokens.Random(TestTokens.Alphanumeric, 20, 6) + "\"|}); }",
                Manifests.Stripe,
                "tokenguard.credential_sinks = Acme.Client..ctor(apiKey); malformed\n");
            return test.RunAsync();
        }

        [Fact]
        public Task Sinks_declared_in_the_manifest_are_checked()
        {
            var test = new Verify(
                Stubs.ConfigurationUsings +
                "namespace Acme { public class Client { public Client(string endpoint, string apiKey) { } } }\n" +
                "class C {\n" +
                "  object A() => new Acme.Client(\"https://acme.example\", {|TG0002:\"" + TestTokens.Random(TestTokens.Alphanumeric, 20, 7) + "\"|});\n" +
                "  object B(IConfiguration c) => new Acme.Client(\"https://acme.example\", c[{|TG0003:\"Acme:Login\"|}]!);\n" +
                "}\n" + Stubs.Configuration,
                Manifests.Stripe + "sinks:\n  - Acme.Client..ctor(apiKey)\n");
            return test.RunAsync();
        }
    }
}
