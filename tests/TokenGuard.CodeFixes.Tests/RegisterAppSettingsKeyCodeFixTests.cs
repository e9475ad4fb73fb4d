using System.Threading.Tasks;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.AdditionalFileCodeFixTest<TokenGuard.Analyzers.AppSettingsAnalyzer, TokenGuard.CodeFixes.RegisterTokenUsageCodeFixProvider>;

namespace TokenGuard.Tests
{
    /// <summary>TG0005 in appsettings*.json is fixed by the TG0003 fix: the key is registered, the settings file is left alone.</summary>
    public class RegisterAppSettingsKeyCodeFixTests
    {
        [Fact]
        public async Task Registers_each_key_in_a_new_entry_or_the_entry_of_its_system()
        {
            string settings = "{ \"SendGrid\": { \"ApiKey\": \"\" }, \"Stripe\": { \"WebhookSecret\": \"\" }, \"OpenAI\": { \"ApiKey\": \"\" } }";
            var test = new Test
            {
                CodeActionEquivalenceKey = nameof(RegisterTokenUsageCodeFixProvider),
                CodeActionVerifier = action => Assert.StartsWith("Register '", action.Title),
            };
            test.AdditionalFiles.Add(("/0/appsettings.json", settings));
            test.AdditionalFiles.Add(("/0/tokens.yaml", Manifests.Stripe));
            test.FixedAdditionalFiles.Add(("/0/appsettings.json", settings));
            test.FixedAdditionalFiles.Add(("/0/tokens.yaml",
                Manifests.Stripe + "      - config: Stripe:WebhookSecret\n" +
                ExpectedManifest.Entry("send-grid-api-key", "sendgrid", "config: SendGrid:ApiKey") +
                ExpectedManifest.Entry("open-ai-api-key", "openai", "config: OpenAI:ApiKey")));
            await test.RunAsync();
        }
    }
}
