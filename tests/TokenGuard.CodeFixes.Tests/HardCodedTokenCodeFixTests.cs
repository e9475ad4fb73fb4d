using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.CodeFixTest<TokenGuard.Analyzers.HardCodedTokenAnalyzer, TokenGuard.CodeFixes.HardCodedTokenCodeFixProvider>;

namespace TokenGuard.Tests
{
    public class HardCodedTokenCodeFixTests
    {
        private const string Manifest = "version: 1\ntokens: []\n";

        private static string Read(string name) =>
            "System.Environment.GetEnvironmentVariable(\"" + name + "\") ?? throw new System.InvalidOperationException(\"Set the " + name + " environment variable (see tokens.yaml)\")";

        private static string ReadConfiguration(string configuration, string key) =>
            configuration + "[\"" + key + "\"] ?? throw new System.InvalidOperationException(\"Set the " + key + " configuration key (see tokens.yaml)\")";

        // Source after the class under test: the IConfiguration stub, so no package is needed.
        private static string WithConfiguration(string source) => Stubs.ConfigurationUsings + source + Stubs.Configuration;

        /// <summary>A test from an empty manifest that gains <paramref name="entries"/> ("" when nothing must change).</summary>
        private static Test Fix(string source, string fixedSource, string entries, string? equivalenceKey = null)
        {
            var test = new Test { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", entries.Length == 0 ? Manifest : "version: 1\ntokens:\n" + entries));
            return test;
        }

        /// <summary>As <see cref="Fix"/>, fixing all in one go as well as one by one, both ending at <paramref name="entries"/>.</summary>
        private static Test FixAll(string source, string fixedSource, string entries, string equivalenceKey)
        {
            Test test = Fix(source, fixedSource, entries, equivalenceKey);
            test.NumberOfFixAllIterations = 1;
            test.BatchFixedState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + entries));
            return test;
        }

        [Fact]
        public Task Const_field_becomes_static_readonly_read_from_an_environment_variable() =>
            Fix(
                "class C\n{\n    const string ReleaseToken = \"{|TG0001:" + TestTokens.GitHubClassic() + "|}\";\n}\n",
                "class C\n{\n    static readonly string ReleaseToken = " + Read("RELEASE_TOKEN") + ";\n}\n",
                ExpectedManifest.Entry("release-token", "release", "env: RELEASE_TOKEN")).RunAsync();

        [Fact]
        public Task Argument_takes_the_parameter_name_and_constants_from_pieces_are_replaced_whole()
        {
            string token = TestTokens.StripeSecret();
            return Fix(
                "class C\n{\n    void Use(string apiKey) { }\n    void M() => Use({|TG0001:\"" + token.Substring(0, 8) + "\" + \"" + token.Substring(8) + "\"|});\n}\n",
                "class C\n{\n    void Use(string apiKey) { }\n    void M() => Use(" + Read("API_KEY") + ");\n}\n",
                ExpectedManifest.Entry("api-key", "api", "env: API_KEY")).RunAsync();
        }

        [Fact]
        public Task Token_inside_a_longer_string_is_not_offered_a_fix()
        {
            string source = "class C { string Url = \"https://api.example/?token={|TG0001:" + TestTokens.GitHubClassic() + "|}\"; }";
            return Fix(source, source, "").RunAsync();
        }

        [Fact]
        public Task Element_of_a_collection_is_not_offered_a_fix()
        {
            string key = TestTokens.Random(TestTokens.Alphanumeric, 32, 301);
            string source = "class C\n{\n    static readonly string[] ApiKeys = { {|TG0002:\"" + key + "\"|} };\n    static readonly string[] ClientSecrets = [{|TG0002:\"" + key + "x\"|}];\n}\n";
            return Fix(source, source, "").RunAsync();
        }

        [Fact]
        public Task Text_after_a_scheme_is_replaced_in_parentheses()
        {
            string key = TestTokens.Random(TestTokens.Alphanumeric, 32, 302);
            return Fix(
                "class C\n{\n    string M() => \"Bearer \" + {|TG0002:\"" + key + "\"|};\n}\n",
                "class C\n{\n    string M() => \"Bearer \" + (" + Read("API_TOKEN") + ");\n}\n",
                ExpectedManifest.Entry("api-token", "api", "env: API_TOKEN")).RunAsync();
        }

        [Fact]
        public Task Argument_of_a_method_that_authenticates_is_replaced()
        {
            string key = TestTokens.Random(TestTokens.Alphanumeric, 32, 303);
            return Fix(
                "class C\n{\n    void UseApiKey(string apiKey) { }\n    void M() => UseApiKey({|TG0002:\"" + key + "\"|});\n}\n",
                "class C\n{\n    void UseApiKey(string apiKey) { }\n    void M() => UseApiKey(" + Read("API_KEY") + ");\n}\n",
                ExpectedManifest.Entry("api-key", "api", "env: API_KEY")).RunAsync();
        }

        [Fact]
        public Task Fix_all_moves_every_token_and_registers_each_variable() =>
            FixAll(
                "class C\n{\n    string SlackToken = \"{|TG0001:" + TestTokens.Slack() + "|}\";\n    string AwsKeyId = \"{|TG0001:" + TestTokens.AwsAccessKeyId() + "|}\";\n}\n",
                "class C\n{\n    string SlackToken = " + Read("SLACK_TOKEN") + ";\n    string AwsKeyId = " + Read("AWS_KEY_ID") + ";\n}\n",
                ExpectedManifest.Entry("slack-token", "slack", "env: SLACK_TOKEN") + ExpectedManifest.Entry("aws-key-id", "aws", "env: AWS_KEY_ID"),
                HardCodedTokenCodeFixProvider.EnvironmentVariableFix).RunAsync();

        [Fact]
        public Task Configuration_variant_reads_the_key_through_the_configuration_field_in_scope()
        {
            string Source(string value) => WithConfiguration(
                "class PaymentClient\n{\n    private readonly IConfiguration _configuration;\n    public PaymentClient(IConfiguration configuration) => _configuration = configuration;\n" +
                "    public string Charge()\n    {\n        string stripeApiKey = " + value + ";\n        return stripeApiKey;\n    }\n}\n");
            Test test = Fix(
                Source("\"{|TG0001:" + TestTokens.StripeSecret() + "|}\""),
                Source(ReadConfiguration("_configuration", "Stripe:ApiKey")),
                ExpectedManifest.Entry("stripe-api-key", "stripe", "config: Stripe:ApiKey"),
                HardCodedTokenCodeFixProvider.ConfigurationKeyFix);
            test.CodeActionVerifier = (action, verifier) => verifier.Equal("Read it from the Stripe:ApiKey configuration key and register it in tokens.yaml", action.Title);
            return test.RunAsync();
        }

        [Fact]
        public Task Configuration_variant_uses_a_primary_constructor_parameter_in_a_field_initializer_and_the_type_as_section() =>
            Fix(
                WithConfiguration("class ReleaseClient(IConfiguration settings)\n{\n    private readonly string _token = \"{|TG0001:" + TestTokens.GitHubClassic() + "|}\";\n}\n"),
                WithConfiguration("class ReleaseClient(IConfiguration settings)\n{\n    private readonly string _token = " + ReadConfiguration("settings", "Release:Token") + ";\n}\n"),
                ExpectedManifest.Entry("release-token", "release", "config: Release:Token"),
                HardCodedTokenCodeFixProvider.ConfigurationKeyFix).RunAsync();

        [Fact]
        public Task Configuration_variant_turns_a_const_into_static_readonly_read_through_a_static_configuration() =>
            Fix(
                WithConfiguration("static class Settings\n{\n    public static IConfiguration Configuration { get; set; } = null!;\n    public const string SlackBotToken = \"{|TG0001:" + TestTokens.Slack() + "|}\";\n}\n"),
                WithConfiguration("static class Settings\n{\n    public static IConfiguration Configuration { get; set; } = null!;\n    public static readonly string SlackBotToken = " + ReadConfiguration("Configuration", "Slack:BotToken") + ";\n}\n"),
                ExpectedManifest.Entry("slack-bot-token", "slack", "config: Slack:BotToken"),
                HardCodedTokenCodeFixProvider.ConfigurationKeyFix).RunAsync();

        [Fact]
        public Task Configuration_variant_prefers_a_parameter_to_a_field()
        {
            string Source(string value) => WithConfiguration(
                "class Billing\n{\n    private readonly IConfiguration _configuration = null!;\n    void Charge(IConfiguration tenant)\n    {\n        var stripeKey = " + value + ";\n    }\n}\n");
            return Fix(
                Source("\"{|TG0001:" + TestTokens.StripeSecret() + "|}\""),
                Source(ReadConfiguration("tenant", "Stripe:Key")),
                ExpectedManifest.Entry("stripe-key", "stripe", "config: Stripe:Key"),
                HardCodedTokenCodeFixProvider.ConfigurationKeyFix).RunAsync();
        }

        [Theory]
        [InlineData("class C\n{\n    private readonly IConfiguration _configuration = null!;\n    private readonly string _token = \"{|TG0001:TOKEN|}\";\n}\n")] // CS0236: no instance field in an initializer
        [InlineData("class C\n{\n    private readonly IConfiguration _configuration = null!;\n    static string M() { string token = \"{|TG0001:TOKEN|}\"; return token; }\n}\n")] // static code
        [InlineData("class C\n{\n    string M(IConfigurationSection section) { string token = \"{|TG0001:TOKEN|}\"; return token; }\n}\n")] // section keys are relative
        [InlineData("class C\n{\n    string M() { string token = \"{|TG0001:TOKEN|}\"; IConfiguration later = null!; return token; }\n}\n")] // declared after the literal
        [InlineData("class C\n{\n    string M(IConfiguration c) { return Local(); static string Local() { string token = \"{|TG0001:TOKEN|}\"; return token; } }\n}\n")] // a static local function captures nothing
        public Task Configuration_variant_is_not_offered_without_a_usable_configuration(string source)
        {
            string code = WithConfiguration(source.Replace("TOKEN", TestTokens.GitHubClassic()));
            return Fix(code, code, "", HardCodedTokenCodeFixProvider.ConfigurationKeyFix).RunAsync();
        }

        [Fact]
        public Task Fix_all_of_the_configuration_variant_moves_the_tokens_it_can_and_registers_each_key()
        {
            string github = TestTokens.GitHubClassic();
            string Source(string slack, string aws) => WithConfiguration(
                "class Notifier\n{\n    private readonly IConfiguration _configuration = null!;\n    private readonly string _fallback = \"{|TG0001:" + github + "|}\";\n" +
                "    void Send()\n    {\n        string slackToken = " + slack + ";\n        string awsKeyId = " + aws + ";\n    }\n}\n");
            Test test = FixAll(
                Source("\"{|TG0001:" + TestTokens.Slack() + "|}\"", "\"{|TG0001:" + TestTokens.AwsAccessKeyId() + "|}\""),
                Source(ReadConfiguration("_configuration", "Slack:Token"), ReadConfiguration("_configuration", "Aws:KeyId")),
                ExpectedManifest.Entry("slack-token", "slack", "config: Slack:Token") + ExpectedManifest.Entry("aws-key-id", "aws", "config: Aws:KeyId"),
                HardCodedTokenCodeFixProvider.ConfigurationKeyFix);
            // The field initializer's token stays, still reported: no instance field is reachable there.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            return test.RunAsync();
        }

        [Theory]
        [InlineData("StripeApiKey", "PaymentClient", "Stripe:ApiKey")]
        [InlineData("apiKey", "PaymentClient", "Payment:ApiKey")]
        [InlineData("ClientSecret", "GraphService", "Graph:ClientSecret")]
        [InlineData("_sendgrid_api_key", "Mailer", "Sendgrid:ApiKey")]
        [InlineData("token", "Program", "Program:Token")]
        public void Configuration_keys_take_the_section_from_the_name_or_else_the_type(string name, string type, string expected) =>
            Assert.Equal(expected, ConfigurationKeySource.KeyFor(IdentifierWords.Split(name), type));

        [Theory]
        [InlineData("apiToken", "API_TOKEN")]
        [InlineData("GitHubPAT", "GIT_HUB_PAT")]
        [InlineData("_stripe_key", "STRIPE_KEY")]
        [InlineData("SENDGRID_API_KEY", "SENDGRID_API_KEY")]
        public void Variable_names_are_screaming_snake_case(string name, string expected) =>
            Assert.Equal(expected, IdentifierWords.ToScreamingSnake(IdentifierWords.Split(name)));
    }
}
