using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;
using TokenGuard.CodeFixes;
using Test = TokenGuard.Tests.CodeFixTest<TokenGuard.Analyzers.UnregisteredUsageAnalyzer, TokenGuard.CodeFixes.RegisterTokenUsageCodeFixProvider>;

namespace TokenGuard.Tests
{
    public class RegisterTokenUsageCodeFixTests
    {
        private const string Manifest =
            "# Token inventory: reviewed by security\n" +
            "version: 1\n" +
            "tokens:\n" +
            "  - id: stripe-checkout   # production key\n" +
            "    owner: team:payments\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: 2027-01-10\n" +
            "    usages:\n" +
            "      - env: STRIPE_API_KEY\n";

        [Fact]
        public async Task Adds_an_entry_and_keeps_the_manifest_comments()
        {
            var test = new Test
            {
                TestCode = "class C { string? M() => System.Environment.GetEnvironmentVariable({|TG0003:\"GITHUB_TOKEN\"|}); }",
                FixedCode = "class C { string? M() => System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); }",
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest + ExpectedManifest.Entry("github-token", "github", "env: GITHUB_TOKEN")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Adds_the_usage_to_the_entry_of_the_same_system()
        {
            var test = new Test
            {
                TestCode = "class C { string? M() => System.Environment.GetEnvironmentVariable({|TG0003:\"STRIPE_WEBHOOK_SECRET\"|}); }",
                FixedCode = "class C { string? M() => System.Environment.GetEnvironmentVariable(\"STRIPE_WEBHOOK_SECRET\"); }",
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest + "      - env: STRIPE_WEBHOOK_SECRET\n"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Edits_the_manifest_TokenGuardManifest_names()
        {
            var test = new Test
            {
                TestCode = "class C { string? M() => System.Environment.GetEnvironmentVariable({|TG0003:\"GITHUB_TOKEN\"|}); }",
                FixedCode = "class C { string? M() => System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); }",
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.TestState.AdditionalFiles.Add(("/0/other.yaml", "version: 1\ntokens: []\n"));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.TokenGuardManifest = /0/other.yaml\n"));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", Manifest));
            test.FixedState.AdditionalFiles.Add(("/0/other.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("github-token", "github", "env: GITHUB_TOKEN")));
            await test.RunAsync();
        }

        [Fact]
        public async Task Fix_all_makes_one_edit_with_one_usage_per_distinct_key()
        {
            string source =
                "class C {\n" +
                "  string? A() => System.Environment.GetEnvironmentVariable({|TG0003:\"OPENAI_API_KEY\"|});\n" +
                "  string? B() => System.Environment.GetEnvironmentVariable({|TG0003:\"OPENAI_API_KEY\"|});\n" +
                "  string? D() => System.Environment.GetEnvironmentVariable({|TG0003:\"SLACK_BOT_TOKEN\"|});\n" +
                "}";
            var test = new Test
            {
                TestCode = source,
                FixedCode = source.Replace("{|TG0003:", "").Replace("|}", ""),
                NumberOfFixAllIterations = 1,
                CodeActionEquivalenceKey = nameof(RegisterTokenUsageCodeFixProvider),
            };
            test.TestState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens: []\n"));
            test.FixedState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("openai-api-key", "openai", "env: OPENAI_API_KEY") + ExpectedManifest.Entry("slack-bot-token", "slack", "env: SLACK_BOT_TOKEN")));
            // One-at-a-time fixing converges to the same manifest, in the order the diagnostics come.
            test.BatchFixedState.AdditionalFiles.Add(("/0/tokens.yaml", "version: 1\ntokens:\n" + ExpectedManifest.Entry("openai-api-key", "openai", "env: OPENAI_API_KEY") + ExpectedManifest.Entry("slack-bot-token", "slack", "env: SLACK_BOT_TOKEN")));
            await test.RunAsync();
        }
    }
}
