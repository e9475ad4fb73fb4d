using System.IO;
using System.Linq;
using TokenGuard.Build;

namespace TokenGuard.Tests
{
    /// <summary>TokenGuardOwnersFile with the identity directories' own exports (tests/fixtures/directories), ';'-separated.</summary>
    public sealed class OwnersExportBuildTests
    {
        private static readonly string Manifest =
            "version: 1\n" +
            "tokens:\n" +
            Entry("release-bot", "user:mallory") +
            Entry("docs-bot", "user:zoe") +
            Entry("nuget-push", "user:alice") +
            Entry("stripe-checkout", "team:payments");

        private static string Entry(string id, string owner) =>
            $"  - id: {id}\n    owner: {owner}\n    system: github\n    scope: [read]\n    created: 2026-01-10\n    expires: 2027-01-10\n";

        [Fact]
        public void A_graph_export_fails_the_build_on_a_departed_owner_with_the_day_and_warns_on_an_unknown_one()
        {
            using var directory = new TempDirectory();
            string manifest = directory.Write("tokens.yaml", Manifest);
            var engine = new RecordingBuildEngine();
            var task = new ValidateTokenManifest
            {
                BuildEngine = engine,
                ManifestPath = manifest,
                Today = "2026-12-01",
                OwnersFile = DirectorySamples.PathOf("entra-users.json") + " ; " + DirectorySamples.PathOf("github-org-members.json"),
                OwnerMapFile = directory.Write("owner-map.csv", "principal,identity\nuser:alice,alice-contoso\n"),
            };

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1004", error.Code);
            Assert.Equal(manifest, error.File);
            Assert.Equal(4, error.LineNumber);
            Assert.Contains("'user:mallory', who left on 2026-11-20 (disabled (accountEnabled false) in entra-users.json:16)", error.Message);
            var warning = Assert.Single(engine.Warnings, w => w.Code == "TG1004");
            Assert.Contains("'user:zoe', who is unknown to the directories (not in entra-users.json, github-org-members.json)", warning.Message);
            Assert.Contains(engine.Messages, m => m.Message.Contains("read as Entra ID users (Microsoft Graph): 3 record(s)"));
        }

        [Fact]
        public void A_malformed_export_is_a_build_error_at_its_file_and_line()
        {
            using var directory = new TempDirectory();
            string export = directory.Write("entra-users.json", "{\n  \"value\": [\n    { \"userPrincipalName\": \"alice@contoso.com\" }\n  ]\n}\n");
            var engine = new RecordingBuildEngine();
            var task = new ValidateTokenManifest { BuildEngine = engine, ManifestPath = directory.Write("tokens.yaml", Manifest), Today = "2026-12-01", OwnersFile = export };

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("TG1004", error.Code);
            Assert.Equal(export, error.File);
            Assert.Equal(3, error.LineNumber);
            Assert.Contains("without 'accountEnabled'", error.Message);
        }
    }
}
