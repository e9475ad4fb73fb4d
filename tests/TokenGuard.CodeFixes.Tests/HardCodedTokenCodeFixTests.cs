using System.Threading.Tasks;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.CodeFixTest<TokenGuard.Analyzers.HardCodedTokenAnalyzer, TokenGuard.CodeFixes.HardCodedTokenCodeFixProvider>;

namespace TokenGuard.Tests
{
    public class HardCodedTokenCodeFixTests
    {
        private const string Manifest = "version: 1\ntokens: []\n";

        private static string Read(string name) =>
            "System.Environment.GetEnvironmentVariable(\"" + name + "\") ?? throw new System.InvalidOperationException(\"Set the " + name + " environment variable (see tokens.yaml)\")";

        [Fact]
        public async Task Const_field_becomes_static_readonly_read_from_an_environment_variable()
        {
            string token = TestTokens.GitHubClassic();
            var test = new Test
            {
                TestCode = "class C\n{\n    const string ReleaseToken = \"{|TG0001:" + token + "|}\";\n}\n",
                FixedCode = "class C\n{\n    static readonly string ReleaseToken = " + Read("RELEASE_TOKEN") + ";\n}\n",
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("release-token", "release", "env: RELEASE_TOKEN")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Argument_takes_the_parameter_name_and_constants_from_pieces_are_replaced_whole()
        {
            string token = TestTokens.StripeSecret();
            var test = new Test
            {
                TestCode =
                    "class C\n{\n    void Use(string apiKey) { }\n    void M() => Use({|TG0001:\"" + token.Substring(0, 8) + "\" + \"" + token.Substring(8) + "\"|});\n}\n",
                FixedCode =
                    "class C\n{\n    void Use(string apiKey) { }\n    void M() => Use(" + Read("API_KEY") + ");\n}\n",
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("api-key", "api", "env: API_KEY")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Token_inside_a_longer_string_is_not_offered_a_fix()
        {
            string source = "class C { string Url = \"https://api.example/?token={|TG0001:" + TestTokens.GitHubClassic() + "|}\"; }";
            var test = new Test { TestCode = source, FixedCode = source };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_all_moves_every_token_and_registers_each_variable()
        {
            var test = new Test
            {
                TestCode = "class C\n{\n    string SlackToken = \"{|TG0001:" + TestTokens.Slack() + "|}\";\n    string AwsKeyId = \"{|TG0001:" + TestTokens.AwsAccessKeyId() + "|}\";\n}\n",
                FixedCode = "class C\n{\n    string SlackToken = " + Read("SLACK_TOKEN") + ";\n    string AwsKeyId = " + Read("AWS_KEY_ID") + ";\n}\n",
                NumberOfFixAllIterations = 1,
                CodeActionEquivalenceKey = nameof(HardCodedTokenCodeFixProvider),
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            string both = "version: 1\ntokens:\n" + ExpectedManifest.Entry("slack-token", "slack", "env: SLACK_TOKEN") + ExpectedManifest.Entry("aws-key-id", "aws", "env: AWS_KEY_ID");
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", both));
            test.BatchFixedState.AdditionalFiles.Add(("/0/tokens.yaml", both));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("apiToken", "API_TOKEN")]
        [InlineData("GitHubPAT", "GIT_HUB_PAT")]
        [InlineData("_stripe_key", "STRIPE_KEY")]
        [InlineData("SENDGRID_API_KEY", "SENDGRID_API_KEY")]
        public void Variable_names_are_screaming_snake_case(string name, string expected) =>
            Assert.Equal(expected, SecretReplacement.ToScreamingSnake(name));
    }
}
