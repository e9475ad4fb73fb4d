using System;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class ManifestEditorTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 1);

        private static string Add(string yaml, params (string Kind, string Name)[] usages) =>
            ManifestEditor.AddUsages(yaml, usages.Select(u => new TokenUsageRequest(u.Kind, u.Name)), Today);

        [Fact]
        public void New_entry_is_appended_with_todos_the_build_rejects_and_comments_survive()
        {
            string yaml = "# inventory of tokens\nversion: 1\ntokens:\n  - id: stripe-checkout   # keep me\n    owner: team:payments\n    system: stripe\n    scope: [charges:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - env: STRIPE_API_KEY\n# trailing comment\n";
            string edited = Add(yaml, ("env", "GITHUB_TOKEN"));

            Assert.StartsWith(yaml.Substring(0, yaml.IndexOf("# trailing", StringComparison.Ordinal)), edited);
            Assert.EndsWith("      - env: GITHUB_TOKEN\n# trailing comment\n", edited);
            ManifestLoadResult loaded = ManifestLoader.Load("tokens.yaml", edited);
            ManifestDiagnostic todoDate = Assert.Single(loaded.Diagnostics);
            Assert.Equal("TG1005", todoDate.Id); // expires: TODO is not a date, on purpose
            ManifestEntry added = loaded.Manifest!.Entries[1];
            Assert.Equal("github-token", added.Id);
            Assert.Equal("github", added.System);
            Assert.Equal(Today, added.Created);
            Assert.Equal("GITHUB_TOKEN", Assert.Single(added.Usages).Name);

            var policy = new ManifestValidator(Today, 30).Validate(loaded.Manifest!).Select(d => d.Id).ToList();
            Assert.Contains("TG1004", policy); // owner: TODO
        }

        [Fact]
        public void Usage_joins_the_existing_entry_of_the_same_system()
        {
            string yaml = "version: 1\ntokens:\n  - id: stripe-checkout\n    system: stripe\n    usages:\n      - env: STRIPE_API_KEY\n    provider:\n      kind: stripe\n";
            string edited = Add(yaml, ("config", "Stripe:WebhookSecret"));
            Assert.Equal("version: 1\ntokens:\n  - id: stripe-checkout\n    system: stripe\n    usages:\n      - env: STRIPE_API_KEY\n      - config: Stripe:WebhookSecret\n    provider:\n      kind: stripe\n", edited);
        }

        [Fact]
        public void Entries_never_join_another_key_of_the_same_system()
        {
            string edited = ManifestEditor.AddEntries(
                "version: 1\ntokens:\n  - id: stripe-checkout\n    system: stripe\n    usages:\n      - env: STRIPE_API_KEY\n",
                new[] { new TokenUsageRequest("config", "Stripe:WebhookSecret"), new TokenUsageRequest("config", "ConnectionStrings:orderingdb"), new TokenUsageRequest("config", "ConnectionStrings:chatModel"), new TokenUsageRequest("env", "ConnectionStrings__orderingdb") },
                Today);
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", edited).Manifest!;
            Assert.Equal(new[] { "stripe-checkout", "stripe-webhook-secret", "connectionstrings-orderingdb", "connectionstrings-chat-model" }, manifest.Entries.Select(e => e.Id));
            Assert.All(manifest.Entries, e => Assert.Single(e.Usages));
        }

        [Fact]
        public void Empty_list_becomes_a_block_list_and_duplicates_are_added_once()
        {
            string edited = Add("version: 1\ntokens: []\n", ("env", "OPENAI_API_KEY"), ("config", "OpenAI:ApiKey"), ("env", "OpenAI__ApiKey"));
            ManifestEntry entry = Assert.Single(ManifestLoader.Load("tokens.yaml", edited).Manifest!.Entries);
            Assert.Equal(new[] { "OPENAI_API_KEY", "OpenAI:ApiKey" }, entry.Usages.Select(u => u.Name));
        }

        [Fact]
        public void Ids_are_unique_and_crlf_files_stay_crlf()
        {
            string yaml = "version: 1\r\ntokens:\r\n  - id: github-token\r\n    system: gh\r\n    usages:\r\n      - env: OTHER\r\n";
            string edited = Add(yaml, ("env", "GITHUB_TOKEN"));
            Assert.DoesNotContain("\n", edited.Replace("\r\n", ""));
            Assert.Contains("- id: github-token-2", edited);
        }

        [Fact]
        public void Missing_file_content_starts_from_an_empty_manifest()
        {
            string edited = Add(ManifestEditor.EmptyManifest, ("env", "SLACK_BOT_TOKEN"));
            Assert.Equal("slack-bot-token", Assert.Single(ManifestLoader.Load("tokens.yaml", edited).Manifest!.Entries).Id);
        }

        [Fact]
        public void Broken_manifest_is_refused_not_corrupted()
        {
            Assert.Throws<FormatException>(() => Add("tokens: [\n", ("env", "X_TOKEN")));
        }

        [Theory]
        [InlineData("Stripe:ApiKey", "stripe-api-key", "stripe")]
        [InlineData("STRIPE__SECRET_KEY", "stripe-secret-key", "stripe")]
        [InlineData("ConnectionStrings:orderingdb", "connectionstrings-orderingdb", "orderingdb")]
        [InlineData("ConnectionStrings__textEmbeddingModel", "connectionstrings-text-embedding-model", "textembeddingmodel")]
        public void Ids_and_systems_derive_from_keys(string key, string id, string system)
        {
            Assert.Equal(id, ManifestEditor.IdFor(key));
            Assert.Equal(system, ManifestEditor.SystemOf(key));
        }
    }
}
