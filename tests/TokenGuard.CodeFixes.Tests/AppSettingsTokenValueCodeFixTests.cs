using System.Threading.Tasks;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.AdditionalFileCodeFixTest<TokenGuard.Analyzers.AppSettingsAnalyzer, TokenGuard.CodeFixes.AppSettingsTokenValueCodeFixProvider>;

namespace TokenGuard.Tests
{
    public class AppSettingsTokenValueCodeFixTests
    {
        private const string Manifest = "version: 1\ntokens: []\n";

        [Fact]
        public async Task Empties_only_the_value_and_registers_the_key()
        {
            // Comments, odd spacing, CRLF and a trailing comma must survive untouched.
            string before = "{\r\n  // GitHub access\r\n  \"GitHub\" : {\r\n    \"Token\":   \"" + TestTokens.GitHubClassic() + "\",  \r\n    \"Owner\": \"octo\",\r\n  },\r\n}\r\n";
            string after = "{\r\n  // GitHub access\r\n  \"GitHub\" : {\r\n    \"Token\":   \"\",  \r\n    \"Owner\": \"octo\",\r\n  },\r\n}\r\n";
            var test = new Test
            {
                CodeActionEquivalenceKey = nameof(AppSettingsTokenValueCodeFixProvider),
                CodeActionVerifier = action => Assert.Equal("Empty 'GitHub:Token' in appsettings.json and register it in tokens.yaml", action.Title),
            };
            test.AdditionalFiles.Add(("/0/appsettings.json", before));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedAdditionalFiles.Add(("/0/appsettings.json", after));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("git-hub-token", "github", "config: GitHub:Token")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Escaped_values_are_emptied_whole_and_keys_join_the_entry_of_their_system()
        {
            string token = TestTokens.StripeSecret();
            string escaped = "\\u0073" + token.Substring(1);
            string manifest = Manifests.Stripe.Replace("      - config: Stripe:ApiKey\n", "");
            var test = new Test();
            test.AdditionalFiles.Add(("/0/appsettings.Production.json", "{ \"Stripe\": { \"ApiKey\": \"" + escaped + "\", \"Webhook\": \"https://example.invalid\" } }"));
            test.AdditionalFiles.Add(("/0/tokens.yaml", manifest));
            test.FixedAdditionalFiles.Add(("/0/appsettings.Production.json", "{ \"Stripe\": { \"ApiKey\": \"\", \"Webhook\": \"https://example.invalid\" } }"));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", manifest + "      - config: Stripe:ApiKey\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Each_token_value_of_a_file_is_fixed_and_registered_once()
        {
            var test = new Test();
            test.AdditionalFiles.Add(("/0/appsettings.json", "{ \"Slack\": { \"BotToken\": \"" + TestTokens.Slack() + "\" }, \"Aws\": { \"AccessKeyId\": \"" + TestTokens.AwsAccessKeyId() + "\" } }"));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedAdditionalFiles.Add(("/0/appsettings.json", "{ \"Slack\": { \"BotToken\": \"\" }, \"Aws\": { \"AccessKeyId\": \"\" } }"));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("slack-bot-token", "slack", "config: Slack:BotToken") + ExpectedManifest.Entry("aws-access-key-id", "aws", "config: Aws:AccessKeyId")));
            await test.RunAsync();
        }
    }
}
