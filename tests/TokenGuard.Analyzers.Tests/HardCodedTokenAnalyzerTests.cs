using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;
using Verify = TokenGuard.Tests.AnalyzerTest<TokenGuard.Analyzers.HardCodedTokenAnalyzer>;

namespace TokenGuard.Tests
{
    public class HardCodedTokenAnalyzerTests
    {
        private static readonly string GitHub = TestTokens.GitHubClassic();

        [Fact]
        public Task Regular_string_literal_is_reported_on_the_token() =>
            Verify.RunAsync("class C { string t = \"{|TG0001:" + GitHub + "|}\"; }", Manifests.Stripe);

        [Fact]
        public Task Token_inside_a_longer_literal_is_reported_exactly() =>
            Verify.RunAsync("class C { string t = \"token={|TG0001:" + GitHub + "|};\"; }", Manifests.Stripe);

        [Fact]
        public Task Verbatim_string_literal() =>
            Verify.RunAsync("class C { string t = @\"{|TG0001:" + TestTokens.StripeSecret() + "|}\"; }", Manifests.Stripe);

        [Fact]
        public Task Raw_string_literal() =>
            Verify.RunAsync("class C { string t = \"\"\"\n  {|TG0001:" + TestTokens.AwsAccessKeyId() + "|}\n  \"\"\"; }", Manifests.Stripe);

        [Fact]
        public Task Utf8_string_literal() =>
            Verify.RunAsync("class C { System.ReadOnlySpan<byte> T => \"{|TG0001:" + GitHub + "|}\"u8; }", Manifests.Stripe);

        [Fact]
        public Task Interpolated_string_text() =>
            Verify.RunAsync("class C { string M(int n) => $\"{n}:{|TG0001:" + TestTokens.Slack() + "|}\"; }", Manifests.Stripe);

        [Fact]
        public Task Const_field_and_attribute_argument()
        {
            string source =
                "class A : System.Attribute { public A(string s) { } }\n" +
                "class C {\n" +
                "  const string T = \"{|#0:" + GitHub + "|}\";\n" +
                "  [A(\"{|#1:" + TestTokens.GitHubClassic(9) + "|}\")] void M() { }\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.HardCodedKnownToken).WithLocation(0).WithArguments("GitHub personal access, OAuth, user-to-server, server-to-server or refresh token", Redaction.Redact(GitHub, 4)),
                new DiagnosticResult(Descriptors.HardCodedKnownToken).WithLocation(1).WithArguments("GitHub personal access, OAuth, user-to-server, server-to-server or refresh token", Redaction.Redact(TestTokens.GitHubClassic(9), 4)));
        }

        [Fact]
        public Task Token_assembled_from_constant_pieces_is_reported_once_on_the_expression()
        {
            string source =
                "class C {\n" +
                "  const string Rest = \"" + GitHub.Substring(10) + "\";\n" +
                "  string t = {|TG0001:\"" + GitHub.Substring(0, 4) + "\" + \"" + GitHub.Substring(4, 6) + "\" + Rest|};\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Constant_interpolated_string_is_reported()
        {
            string source =
                "class C {\n" +
                "  const string Prefix = \"" + GitHub.Substring(0, 8) + "\";\n" +
                "  const string T = {|TG0001:$\"{Prefix}" + GitHub.Substring(8) + "\"|};\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Constant_pieces_through_parentheses_and_qualified_names_are_reported()
        {
            string source =
                "static class Parts { public const string Prefix = \"" + GitHub.Substring(0, 8) + "\"; }\n" +
                "class C {\n" +
                "  const string Middle = \"" + GitHub.Substring(8, 10) + "\";\n" +
                "  string t = {|TG0001:Parts.Prefix + (Middle + \"" + GitHub.Substring(18) + "\")|};\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Constant_local_beside_parameters_is_joined_and_a_parameter_is_not()
        {
            // Parameters are ruled out without the semantic model; a const local of the same method still counts.
            string source =
                "class C {\n" +
                "  string M(string suffix) { const string Rest = \"" + GitHub.Substring(10) + "\"; return {|TG0001:\"" + GitHub.Substring(0, 10) + "\" + Rest|}; }\n" +
                "  System.Func<string, string> F = Rest => \"" + GitHub.Substring(0, 10) + "\" + Rest;\n" +
                "  string N(string Rest) => \"" + GitHub.Substring(0, 10) + "\" + Rest;\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task A_parameter_name_outside_the_body_or_left_of_a_dot_can_still_mean_a_constant()
        {
            // Parameters are not in scope in attributes or default values, and `Parts.Prefix` with a parameter
            // `Parts Parts` may still mean the type's constant (C#'s "Color Color" rule).
            string head = GitHub.Substring(0, 10), rest = GitHub.Substring(10);
            string source =
                "class A : System.Attribute { public A(string s) { } }\n" +
                "class Parts { public const string Prefix = \"" + head + "\"; }\n" +
                "class C {\n" +
                "  const string Key = \"" + head + "\";\n" +
                "  [A({|#0:Key + \"" + rest + "\"|})] void M(string Key) { }\n" +
                "  void N(string Key, string d = {|#1:Key + \"" + rest + "\"|}) { }\n" +
                "  string P(Parts Parts) => {|#2:Parts.Prefix + \"" + rest + "\"|};\n" +
                "}";
            var expected = Enumerable.Range(0, 3).Select(i => new DiagnosticResult(Descriptors.HardCodedKnownToken).WithLocation(i)
                .WithArguments("GitHub personal access, OAuth, user-to-server, server-to-server or refresh token", Redaction.Redact(GitHub, 4))).ToArray();
            return Verify.RunAsync(source, Manifests.Stripe, null, expected);
        }

        [Fact]
        public Task A_long_chain_of_constant_pieces_is_joined()
        {
            // 5,000 additions: the shape check walks the chain in a loop rather than recursing once per piece.
            var pieces = string.Join(" + ", Enumerable.Repeat("Empty", 5000));
            string source =
                "class C {\n" +
                "  const string Empty = \"\";\n" +
                "  const string T = {|TG0001:\"" + GitHub.Substring(0, 10) + "\" + " + pieces + " + \"" + GitHub.Substring(10) + "\"|};\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Pieces_computed_at_run_time_are_not_joined()
        {
            // A call, arithmetic or a formatted hole makes the expression non-constant: only whole literals are scanned.
            string source =
                "class C {\n" +
                "  const string Prefix = \"" + GitHub.Substring(0, 8) + "\";\n" +
                "  string a = Prefix.ToString() + \"" + GitHub.Substring(8) + "\";\n" +
                "  string b = Prefix + 1 + \"" + GitHub.Substring(8) + "\";\n" +
                "  string c = $\"{Prefix,8}" + GitHub.Substring(8) + "\";\n" +
                "  string d = $\"{Prefix:G}" + GitHub.Substring(8) + "\";\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Message_shows_the_token_only_redacted()
        {
            string source = "class C { string t = \"{|#0:" + GitHub + "|}\"; }";
            return Verify.RunAsync(source, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.HardCodedKnownToken).WithLocation(0)
                    .WithArguments("GitHub personal access, OAuth, user-to-server, server-to-server or refresh token", "ghp_…(" + Redaction.Fingerprint(GitHub).Substring(0, 15) + ")"));
        }

        [Theory]
        [InlineData("AKIA" + "IOSFODNN7EXAMPLE")]
        [InlineData("ghp_your_token_here")]
        [InlineData("pk_live_publishable")]
        [InlineData("https://github.com/login/oauth/access_token")]
        public Task Look_alikes_are_not_reported(string value) =>
            Verify.RunAsync("class C { string t = \"" + value + "\"; }", Manifests.Stripe);

        [Fact]
        public Task Random_values_given_to_secret_names_are_TG0002()
        {
            string a = TestTokens.Random(TestTokens.Alphanumeric, 32, 41);
            string b = TestTokens.Random(TestTokens.Alphanumeric, 24, 42);
            string c = TestTokens.Random(TestTokens.Alphanumeric, 28, 43);
            string d = TestTokens.Random(TestTokens.Alphanumeric, 20, 44);
            string source =
                "class Options { public string ApiKey { get; set; } = {|#0:\"" + a + "\"|}; public string Name { get; set; } = \"" + a + "\"; }\n" +
                "class C {\n" +
                "  void M(Options o) {\n" +
                "    var clientSecret = {|#1:\"" + b + "\"|};\n" +
                "    o.ApiKey = {|#2:\"" + c + "\"|};\n" +
                "    var anonymous = new { Password = {|#3:\"" + d + "\"|} };\n" +
                "    var placeholder = new { Password = \"<set in user-secrets>\" };\n" +
                "    var id = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\";\n" +
                "  }\n" +
                "}";
            DiagnosticResult Expected(int location, string name, string value) =>
                new DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(location).WithArguments("'" + name + "'", Redaction.Redact(value));
            return Verify.RunAsync(source, Manifests.Stripe, null,
                Expected(0, "ApiKey", a), Expected(1, "clientSecret", b), Expected(2, "ApiKey", c), Expected(3, "Password", d));
        }

        [Fact]
        public Task Secret_names_reach_defaults_expression_bodies_interpolations_and_name_value_pairs()
        {
            string a = TestTokens.Random(TestTokens.Alphanumeric, 30, 51);
            string b = TestTokens.Random(TestTokens.Alphanumeric, 26, 52);
            string c = TestTokens.Random(TestTokens.Alphanumeric, 22, 53);
            string d = TestTokens.Random(TestTokens.Alphanumeric, 34, 54);
            string e = TestTokens.Random(TestTokens.Alphanumeric, 28, 55);
            const string password = "37!Gv" + "FA+GJDYQh"; // a password: short, but four character classes
            string source =
                "[System.AttributeUsage(System.AttributeTargets.All)] class SettingAttribute : System.Attribute { public SettingAttribute(string name, string value) { } }\n" +
                "static class Settings { public static void Set(string name, string value) { } }\n" +
                "class C {\n" +
                "  string Use(string authToken = {|#0:\"" + a + "\"|}) => authToken;\n" +
                "  public string AuthToken => {|#1:\"" + b + "\"|};\n" +
                "  [Setting(\"ClientSecret\", {|#2:\"" + c + "\"|})] void M(string suffix) {\n" +
                "    Settings.Set(\"AwsSecretAccessKey\", {|#3:\"" + d + "\"|});\n" +
                "    string clientSecret = $\"{|#4:" + e + "|}{suffix}\";\n" +
                "    string smtpPwd = {|#5:\"" + password + "\"|};\n" +
                "    Settings.Set(\"Region\", \"" + d + "\");\n" +
                "  }\n" +
                "}";
            DiagnosticResult Expected(int location, string name, string value) =>
                new DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(location).WithArguments("'" + name + "'", Redaction.Redact(value));
            return Verify.RunAsync(source, Manifests.Stripe, null,
                Expected(0, "authToken", a), Expected(1, "AuthToken", b), Expected(2, "ClientSecret", c), Expected(3, "AwsSecretAccessKey", d),
                Expected(4, "clientSecret", e), Expected(5, "smtpPwd", password));
        }

        [Fact]
        public Task Hashes_setting_names_sentences_sample_keys_and_short_plain_words_under_secret_names_are_not_TG0002()
        {
            string sha1 = TestTokens.Random("0123456789abcdef", 40, 61);
            string source =
                "class C {\n" +
                "  const string TokenSha1 = \"" + sha1 + "\";\n" +
                "  const string PasswordHash = \"" + TestTokens.Random("0123456789abcdef", 64, 62) + "\";\n" +
                "  const string PasswordBcrypt = \"$2a$12$" + TestTokens.Random(TestTokens.Alphanumeric, 53, 63) + "\";\n" +
                "  const string ApiToken = \"" + "$2b$10$" + TestTokens.Random(TestTokens.Alphanumeric, 53, 64) + "\";\n" +
                "  const string TokenVariable = \"GITHUB_TOKEN\";\n" +
                "  const string PasswordKey = \"Database:Password\";\n" +
                "  const string PasswordPrompt = \"Enter your password\";\n" +
                "  const string Password = \"sunshine\";\n" +
                "  const string StripeApiKey = \"sk_" + "test_4eC39HqLyjWDarjtT1zdp7dc\";\n" + // Stripe's documented sample key
                "  const string AccessToken = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ" + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\";\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe);
        }

        [Fact]
        public Task Bad_checksum_is_not_reported() =>
            Verify.RunAsync("class C { string t = \"" + TestTokens.GitHubClassicBadChecksum() + "\"; }", Manifests.Stripe);

        [Fact]
        public Task Literal_accepted_by_fingerprint_in_the_manifest_is_not_reported() =>
            Verify.RunAsync("class C { string t = \"" + GitHub + "\"; }", Manifests.WithFingerprint(Redaction.Fingerprint(GitHub)));

        [Fact]
        public Task Generated_code_is_skipped() =>
            Verify.RunAsync("// <auto-generated/>\nclass C { string t = \"" + GitHub + "\"; }", Manifests.Stripe);

        [Fact]
        public Task Works_without_a_manifest() =>
            Verify.RunAsync("class C { string t = \"{|TG0001:" + GitHub + "|}\"; }");
    }
}
