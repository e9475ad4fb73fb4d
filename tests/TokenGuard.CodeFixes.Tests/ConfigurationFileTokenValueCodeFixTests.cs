using System.Threading.Tasks;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.AdditionalFileCodeFixTest<TokenGuard.Analyzers.AppSettingsAnalyzer, TokenGuard.CodeFixes.AppSettingsTokenValueCodeFixProvider>;

namespace TokenGuard.Tests
{
    /// <summary>The TG0004 fix outside appsettings*.json: the value emptied in place, the key registered in its usage kind.</summary>
    public class ConfigurationFileTokenValueCodeFixTests
    {
        private const string Manifest = "version: 1\ntokens: []\n";

        [Fact]
        public async Task Web_config_attribute_value_is_emptied_and_the_key_registered_as_config()
        {
            string token = TestTokens.GitHubClassic();
            var test = new Test
            {
                CodeActionEquivalenceKey = nameof(AppSettingsTokenValueCodeFixProvider),
                CodeActionVerifier = action => Assert.Equal("Empty 'GitHub:Token' in Web.config and register it in tokens.yaml", action.Title),
            };
            test.AdditionalFiles.Add(("/0/Web.config", $"<configuration>\r\n  <appSettings>\r\n    <add key=\"GitHub:Token\" value='{token}' />\r\n  </appSettings>\r\n</configuration>\r\n"));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedAdditionalFiles.Add(("/0/Web.config", "<configuration>\r\n  <appSettings>\r\n    <add key=\"GitHub:Token\" value='' />\r\n  </appSettings>\r\n</configuration>\r\n"));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("git-hub-token", "github", "config: GitHub:Token")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Dot_env_value_is_emptied_and_the_variable_registered_as_env()
        {
            var test = new Test();
            test.AdditionalFiles.Add(("/0/.env.local", "# local\nexport GITHUB_TOKEN=" + TestTokens.GitHubClassic(seed: 2) + " # mine\nSLACK_BOT_TOKEN=\"" + TestTokens.Slack() + "\"\n"));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedAdditionalFiles.Add(("/0/.env.local", "# local\nexport GITHUB_TOKEN= # mine\nSLACK_BOT_TOKEN=\"\"\n"));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("github-token", "github", "env: GITHUB_TOKEN") + ExpectedManifest.Entry("slack-bot-token", "slack", "env: SLACK_BOT_TOKEN")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Launch_settings_variable_is_emptied_and_registered_as_env()
        {
            var test = new Test();
            test.AdditionalFiles.Add(("/0/Properties/launchSettings.json", "{ \"profiles\": { \"Api\": { \"environmentVariables\": { \"Stripe__ApiKey\": \"" + TestTokens.StripeSecret() + "\" } } } }"));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedAdditionalFiles.Add(("/0/Properties/launchSettings.json", "{ \"profiles\": { \"Api\": { \"environmentVariables\": { \"Stripe__ApiKey\": \"\" } } } }"));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("stripe-api-key", "stripe", "env: Stripe__ApiKey")));
            await test.RunAsync();
        }
    }
}
