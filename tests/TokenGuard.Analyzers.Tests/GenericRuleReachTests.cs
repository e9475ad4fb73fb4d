using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenGuard.Analyzers;
using Verify = TokenGuard.Tests.AnalyzerTest<TokenGuard.Analyzers.HardCodedTokenAnalyzer>;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Issue 15, item 3: where the generic rule (TG0002) reaches — collections beside a secret-like name, raw and
    /// verbatim strings, text after an authentication scheme, arguments of methods that authenticate — and the
    /// look-alikes it leaves alone there. Values are assembled at run time.
    /// </summary>
    public class GenericRuleReachTests
    {
        private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*+-";

        private static string Key(int seed, int length = 32) => TestTokens.Random(TestTokens.Alphanumeric, length, seed);

        [Fact]
        public Task Elements_of_arrays_lists_collection_expressions_and_dictionaries_beside_a_secret_like_name_are_TG0002() =>
            Verify.RunAsync($$"""
                using System.Collections.Generic;
                class Options { public List<string> Tokens { get; } = new(); }
                class C
                {
                    static readonly string[] ApiKeys = { {|TG0002:"{{Key(1)}}"|}, {|TG0002:"{{Key(2)}}"|} };
                    static readonly string[] ClientSecrets = [{|TG0002:"{{Key(3)}}"|}];
                    void M()
                    {
                        var passwords = new[] { {|TG0002:"{{TestTokens.Random(PasswordAlphabet, 14, 4)}}"|} };
                        string[] signingKeys = new string[] { {|TG0002:"{{Key(5)}}"|} };
                        var authTokens = new List<string> { {|TG0002:"{{Key(6)}}"|} };
                        var options = new Options { Tokens = { {|TG0002:"{{Key(7)}}"|} } };
                        var map = new Dictionary<string, string> { { "ApiKey", {|TG0002:"{{Key(8)}}"|} } };
                        var secrets = new Dictionary<string, string> { { "Orders", {|TG0002:"{{Key(9)}}"|} } };
                        var pair = ("ClientSecret", {|TG0002:"{{Key(10)}}"|});
                        string[][] webhookSecrets = { new[] { {|TG0002:"{{Key(11)}}"|} } };
                    }
                }
                """);

        [Fact]
        public Task Collections_named_for_ids_hashes_or_nothing_secret_are_not_reported() =>
            Verify.RunAsync($$"""
                using System.Collections.Generic;
                class C
                {
                    static readonly string[] CorrelationIds = { "{{Key(21)}}" };
                    static readonly string[] TokenHashes = { "{{TestTokens.Random("0123456789abcdef", 64, 22)}}" };
                    void M()
                    {
                        var colors = new List<string> { "{{Key(23)}}" };
                        var map = new Dictionary<string, string> { { "Region", "{{Key(24)}}" } };
                        var pair = ("RequestId", "{{Key(25)}}");
                        var row = ("ApiKey", "{{Key(26)}}", 3);
                        var apiKeys = new[] { "<your-api-key>", "Payments:ApiKey", "3f2504e0-4f89-11d3-9a0c-0305e82c3301" };
                    }
                }
                """);

        [Fact]
        public Task Raw_verbatim_and_interpolated_raw_strings_are_TG0002()
        {
            string a = Key(31), b = Key(32), c = Key(33), d = Key(34), e = Key(35);
            return Verify.RunAsync($$""""
                static class Settings { public static void Set(string name, string value) { } }
                class C
                {
                    void M(string suffix)
                    {
                        var clientSecret = {|TG0002:"""{{a}}"""|};
                        string apiKey = {|TG0002:"""
                            {{b}}
                            """|};
                        string authToken = $"""{|TG0002:{{c}}|}{suffix}""";
                        var secretKey = {|TG0002:@"{{d}}"|};
                        Settings.Set("AccessKey", {|TG0002:@"{{e}}"|});
                    }
                }
                """");
        }

        [Fact]
        public Task Text_after_an_authentication_scheme_is_TG0002_whatever_the_name()
        {
            string basic = System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("svc:" + Key(41, 14)));
            return Verify.RunAsync($$"""
                class C
                {
                    void M(System.Net.Http.HttpRequestMessage request)
                    {
                        var header = "Bearer " + {|TG0002:"{{Key(42)}}"|};
                        var basic = "Basic " + ({|TG0002:"{{basic}}"|});
                        request.Headers.TryAddWithoutValidation("X-Forward", "token " + {|TG0002:"{{Key(43, 40)}}"|});
                        var line = "Authorization: Bearer " + {|TG0002:"{{Key(44)}}"|};
                        var whole = {|TG0002:"Bearer {{Key(45)}}"|};
                    }
                }
                """);
        }

        [Fact]
        public Task After_a_scheme_placeholders_format_items_words_and_ids_are_not_reported() =>
            Verify.RunAsync($$"""
                class C
                {
                    void M()
                    {
                        var a = "Bearer " + "{0}";
                        var b = "token " + "expired";
                        var c = "Bearer " + "${ACCESS_TOKEN}";
                        var d = "Bearer " + "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
                        var e = "Basic realm=\"api\"";
                        var f = "Invalid token " + "{{Key(46, 24)}}";
                        var g = "Bearer " + "ACCESS_TOKEN";
                    }
                }
                """);

        [Fact]
        public Task Arguments_of_methods_and_types_that_authenticate_are_TG0002_except_the_user_they_name_first()
        {
            string pass = TestTokens.Random(PasswordAlphabet, 13, 51);
            return Verify.RunAsync($$"""
                using System.Threading.Tasks;
                class Auth
                {
                    public void Authenticate(string user, string value) { }
                    public Task LoginAsync(string user, string pass) => Task.CompletedTask;
                    public void SignIn(string email, string code) { }
                }
                class Builder
                {
                    public Builder UseApiKey(string value) => this;
                    public Builder WithCredentials(string user, string value) => this;
                }
                class HttpBasicAuthenticator { public HttpBasicAuthenticator(string user, string pass) { } }
                class C
                {
                    async Task M(Auth auth, Builder builder)
                    {
                        auth.Authenticate("svc-orders", {|TG0002:"{{Key(52)}}"|});
                        await auth.LoginAsync("admin", {|TG0002:"{{pass}}"|});
                        auth.SignIn("ops@acme.io", {|TG0002:"{{Key(53, 20)}}"|});
                        builder.UseApiKey({|TG0002:"{{Key(54)}}"|}).WithCredentials("deployer", {|TG0002:"{{Key(55)}}"|});
                        var authenticator = new HttpBasicAuthenticator("{{Key(56)}}", {|TG0002:"{{pass}}x"|});
                    }
                }
                """);
        }

        [Fact]
        public Task Authenticating_calls_with_user_names_scheme_names_setting_names_and_ids_and_calls_that_fetch_a_secret_are_not_reported() =>
            Verify.RunAsync($$"""
                class Auth
                {
                    public void SignInAsync(string scheme, object principal) { }
                    public void SignIn(object principal, string scheme) { }
                    public void WithCredentials(string user, string value) { }
                    public void UseApiKey(string value) { }
                    public void Authenticate(string tenant) { }
                    public string GetSecret(string name) => name;
                    public bool ValidateToken(string token) => true;
                }
                class C
                {
                    void M(Auth auth, object principal)
                    {
                        auth.SignInAsync("Identity.Application", principal);
                        auth.SignIn(principal, "Identity.Application");
                        auth.WithCredentials("deployer", "svc-build01");
                        auth.UseApiKey("Payments:Stripe2:ApiKey");
                        auth.Authenticate("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
                        auth.GetSecret("orders-db-password-v2");
                        auth.ValidateToken("{{Key(57, 24)}}");
                        auth.UseApiKey("changeme");
                    }
                }
                """);

        [Fact]
        public Task Route_templates_resource_paths_setting_names_versions_and_urls_under_secret_names_are_not_reported() =>
            Verify.RunAsync("""
                class C
                {
                    const string ApiKeyRoute = "api/v2/keys/{keyId:guid}/rotate";
                    const string ClientSecret = "/run/secrets/client_secret_v2";
                    const string SigningKey = "projects/acme-prod-42/secrets/signing-key/versions/3";
                    const string Password = @"C:\secrets\smtp2\password.txt";
                    const string StripeSecret = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe-Ab12Cd";
                    const string VaultToken = "kv/data/orders2/db-password";
                    const string ApiSecret = "secret/data/Payments/StripeApiKey2";
                    const string AuthToken = "Integrations:Partner2:ClientSecret";
                    const string SigningKeyRevision = "v2.14.0-rc.1+build.20251102";
                    const string AccessKey = "10.0.100-rc.2.25502.107";
                    static readonly string[] ApiKeys = { "/tenants/{tenantId}/tokens/42", "https://login.acme-59.io/oauth2/v2.0/token" };
                }
                """);

        [Fact]
        public Task Base64_with_slashes_is_still_a_secret_not_a_path() =>
            Verify.RunAsync($$"""
                class C
                {
                    const string AwsSecretAccessKey = {|TG0002:"{{TestTokens.Random(TestTokens.Alphanumeric, 12, 61)}}/{{TestTokens.Random(TestTokens.Alphanumeric, 12, 62)}}/{{TestTokens.Random(TestTokens.Alphanumeric, 14, 63)}}"|};
                }
                """);

        [Fact]
        public Task The_message_names_the_authentication_position()
        {
            string key = Key(71);
            var expected = new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(0).WithArguments("'UseApiKey(…)'", Redaction.Redact(key));
            return Verify.RunAsync(
                "class B { public B UseApiKey(string value) => this; void M() { UseApiKey({|#0:\"" + key + "\"|}); } }",
                manifest: null, globalConfig: null, expected);
        }

        /// <summary>A literal both the syntax and a secret-named parameter reach is reported once, by HardCodedTokenAnalyzer (as scan does).</summary>
        [Fact]
        public async Task A_literal_to_an_authenticating_method_with_a_password_parameter_is_reported_once()
        {
            string source = "class Auth { public void Login(string user, string password) { } void M() { Login(\"admin\", \"" + TestTokens.Random(PasswordAlphabet, 14, 81) + "\"); } }";

            var bySyntax = await ReportedDiagnostics.GetAsync(new HardCodedTokenAnalyzer(), source);
            var bySink = await ReportedDiagnostics.GetAsync(new CredentialSinkAnalyzer(), source);

            Assert.Single(bySyntax, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
            Assert.DoesNotContain(bySink, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
        }

        /// <summary>Without the syntax's say-so (a method that does not authenticate), the secret-named parameter still reports it.</summary>
        [Fact]
        public async Task A_secret_named_parameter_of_another_method_is_still_CredentialSinkAnalyzers()
        {
            string source = "class Vault { public void Open(string user, string password) { } void M() { Open(\"admin\", \"" + TestTokens.Random(PasswordAlphabet, 14, 82) + "\"); } }";

            var bySyntax = await ReportedDiagnostics.GetAsync(new HardCodedTokenAnalyzer(), source);
            var bySink = await ReportedDiagnostics.GetAsync(new CredentialSinkAnalyzer(), source);

            Assert.DoesNotContain(bySyntax, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
            Assert.Single(bySink, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
        }

        /// <summary>A header value that spells its scheme out is one finding: the syntax's, not the header sink's as well.</summary>
        [Fact]
        public async Task A_scheme_literal_given_to_an_Authorization_header_is_reported_once()
        {
            string source = "class C { void M(System.Net.Http.HttpClient client) { client.DefaultRequestHeaders.TryAddWithoutValidation(\"Authorization\", \"Bearer " + Key(91) + "\"); } }";

            var bySyntax = await ReportedDiagnostics.GetAsync(new HardCodedTokenAnalyzer(), source);
            var bySink = await ReportedDiagnostics.GetAsync(new CredentialSinkAnalyzer(), source);

            Assert.Single(bySyntax, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
            Assert.DoesNotContain(bySink, d => d.Id == DiagnosticIds.HardCodedLikelySecret);
        }
    }
}
