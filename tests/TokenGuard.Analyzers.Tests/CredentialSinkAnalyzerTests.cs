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

        // The analyzer walks syntax and asks the semantic model only where the syntax could make a report: every way C#
        // spells a call, a constructor call or a property assignment is pinned here (untraceable sources, then literals).
        private const string CallForms =
            "using Cred = System.Net.NetworkCredential;\n" +
            "class ApiKeyAttribute : System.Attribute { public ApiKeyAttribute(string apiKey) { } }\n" +
            "class ApiClient { public ApiClient(string apiKey) { } }\n" +
            "class Keys : System.Collections.Generic.List<string> { public void Add(string apiKey, int n) { } }\n";

        [Fact]
        public Task Untraceable_sources_are_reached_through_every_form_of_call_and_assignment() =>
            Run(
                CallForms +
                "class Derived : NetworkCredential { public Derived(string p) : base(\"svc\", {|TG0009:p|}) { } }\n" +
                "class Primary(string p) : NetworkCredential(\"svc\", {|TG0009:p|});\n" +
                "class C {\n" +
                "  object Alias(string k) => new Cred(\"svc\", {|TG0009:k|});\n" +
                "  NetworkCredential TargetTyped(string k) => new(\"svc\", {|TG0009:k|});\n" +
                "  object HeaderInitializer(string k) => new HttpRequestMessage { Headers = { { \"Authorization\", {|TG0009:k|} } } };\n" +
                "  void ConditionalAccess(HttpClient? c, string k) { c?.DefaultRequestHeaders.Add(HeaderName, {|TG0009:k|}); }\n" +
                "  const string HeaderName = \"Authorization\";\n" +
                "  object ObjectInitializer(string k) => new NetworkCredential { Password = {|TG0009:k|}, UserName = \"u\" };\n" +
                "}");

        [Fact]
        public Task Literals_are_reached_through_every_form_of_call_and_assignment()
        {
            string secret = TestTokens.Random(TestTokens.Alphanumeric, 24, 3);
            return Run(
                CallForms +
                "class Derived : NetworkCredential { public Derived() : base(\"svc\", {|TG0002:\"" + secret + "\"|}) { } }\n" +
                "class PrimaryClient() : ApiClient({|TG0002:\"" + secret + "\"|});\n" +
                "[ApiKey({|TG0002:\"" + secret + "\"|})]\n" +
                "class C {\n" +
                "  object AddInitializer() => new Keys { { {|TG0002:\"" + secret + "\"|}, 1 } };\n" +
                "  void Parenthesized(NetworkCredential n) { n.Password = ({|TG0002:\"" + secret + "\"|}); }\n" +
                "  object Named() => new ApiClient(apiKey: (string){|TG0002:\"" + secret + "\"|});\n" +
                "}");
        }

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
