using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.Inventory;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class InventoryMergeTests
    {
        private const string PaymentsManifest = "version: 1\ntokens:\n"
            + "  - id: stripe-checkout\n    owner: team:payments\n    system: stripe\n    scope: [charges:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - config: Stripe:ApiKey\n"
            + "  - id: nuget-publish\n    owner: team:platform\n    system: github\n    scope: [packages:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    provider:\n      kind: github\n      ref: \"1180443\"\n";

        private const string DocsManifest = "version: 1\ntokens:\n"
            + "  - id: stripe-checkout\n    owner: team:docs\n    system: stripe\n    scope: [charges:read]\n    created: 2026-02-01\n    expires: 2027-02-01\n"
            + "  - id: publish\n    owner: team:platform\n    system: github\n    scope: [packages:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    provider:\n      kind: GitHub\n      ref: \"1180443\"\n";

        internal static string Artifact(string manifestYaml, string repository, string project, params UsageLocation[] usages)
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", manifestYaml).Manifest!;
            var context = new InventoryContext { ToolVersion = "1.0.0", Repository = repository, Project = project, ManifestPath = "tokens.yaml" };
            return JsonInventoryWriter.Write(manifest, context, usages);
        }

        private static (int Exit, string Output, string Errors) Merge(params string[] inputs)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            string target = Path.Combine(Directory.Exists(inputs[0]) ? inputs[0] : Path.GetDirectoryName(inputs[0])!, "central.json");
            int exit = MergeCommand.Run(inputs, target, output, errors);
            return (exit, output.ToString(), errors.ToString());
        }

        [Fact]
        public void Merges_by_identity_keeping_every_source_and_validates_against_the_schema()
        {
            using var directory = new TempDirectory();
            directory.Write("payments/api/tokenguard-inventory.json", Artifact(PaymentsManifest, "contoso-payments", "Api", new UsageLocation("stripe-checkout", "src/Api/Pay.cs", 12)));
            directory.Write("payments/worker/tokenguard-inventory.json", Artifact(PaymentsManifest, "contoso-payments", "Worker", new UsageLocation("stripe-checkout", "src/Worker/Job.cs", 7)));
            directory.Write("docs/tokenguard-inventory.json", Artifact(DocsManifest, "contoso-docs", "Site"));

            var (exit, output, errors) = Merge(directory.Path);

            Assert.Equal(0, exit);
            string central = File.ReadAllText(Path.Combine(directory.Path, "central.json"));
            InventorySchema.AssertValid(central);
            JsonElement[] tokens = JsonDocument.Parse(central).RootElement.GetProperty("tokens").EnumerateArray().ToArray();

            // Two projects of one repository share stripe-checkout; the docs repository's stripe-checkout is another token;
            // nuget-publish and publish carry the same GitHub token id, so they are one token.
            Assert.Equal(3, tokens.Length);
            Assert.Contains("3 token(s) from 3 inventories", output);
            JsonElement payments = tokens.Single(t => t.GetProperty("id").GetString() == "stripe-checkout" && t.GetProperty("owner").GetString() == "team:payments");
            Assert.Equal(new[] { "Api", "Worker" }, payments.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("project").GetString()));
            Assert.Equal(new[] { "src/Api/Pay.cs", "src/Worker/Job.cs" }, payments.GetProperty("usedAt").EnumerateArray().Select(u => u.GetProperty("file").GetString()));
            JsonElement github = tokens.Single(t => t.GetProperty("system").GetString() == "github");
            Assert.Equal(new[] { "contoso-docs", "contoso-payments", "contoso-payments" }, github.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("repository").GetString()));

            // The two manifests disagree on the GitHub token's id: the user is told, the first source's value kept.
            Assert.Contains("warning: ", errors);
            Assert.Contains("id is 'publish' in one source and 'nuget-publish' in another", errors);
        }

        [Fact]
        public void Merging_a_merged_inventory_again_changes_nothing_and_the_output_is_stable()
        {
            using var directory = new TempDirectory();
            directory.Write("a/tokenguard-inventory.json", Artifact(PaymentsManifest, "contoso-payments", "Api"));
            directory.Write("b/tokenguard-inventory.json", Artifact(DocsManifest, "contoso-docs", "Site"));
            Assert.Equal(0, Merge(directory.Path).Exit);
            string first = File.ReadAllText(Path.Combine(directory.Path, "central.json"));
            string copy = directory.Write("again/central-copy.json", first);

            Assert.Equal(0, Merge(copy).Exit);

            string second = File.ReadAllText(Path.Combine(directory.Path, "again", "central.json"));
            Assert.Equal(first, second);
        }

        [Theory]
        [InlineData("{\n  \"schemaVersion\": 1,\n  \"tool\": \"TokenGuard\",\n  \"tokens\": [\n    { \"id\": \"x\", \"scope\": [], \"environments\": [], \"usages\": [],\n", 6, "not valid JSON")]
        [InlineData("{\n  \"schemaVersion\": 1,\n  \"tool\": \"TokenGuard\",\n  \"tokens\": [\n    { \"id\": \"x\", \"colour\": \"red\" }\n  ]\n}\n", 5, "unknown token field 'colour'")]
        [InlineData("{\n  \"schemaVersion\": 1,\n  \"tool\": \"TokenGuard\",\n  \"tokens\": [],\n  \"extra\": 1\n}\n", 5, "unknown field 'extra'")]
        [InlineData("{\n  \"schemaVersion\": 1,\n  \"tool\": \"Other\",\n  \"tokens\": []\n}\n", 3, "not a TokenGuard inventory")]
        [InlineData("{\n  \"schemaVersion\": 1,\n  \"tool\": \"TokenGuard\",\n  \"tokens\": [\n    { \"id\": \"x\", \"manifestLine\": \"7\" }\n  ]\n}\n", 5, "'manifestLine' must be an integer")]
        public void A_malformed_artifact_names_file_and_line_and_nothing_is_written(string text, int line, string message)
        {
            using var directory = new TempDirectory();
            directory.Write("good/tokenguard-inventory.json", Artifact(PaymentsManifest, "contoso-payments", "Api"));
            string bad = directory.Write("bad/tokenguard-inventory.json", text);

            var (exit, _, errors) = Merge(directory.Path);

            Assert.Equal(2, exit);
            Assert.Contains($"{bad}({line}): error: ", errors);
            Assert.Contains(message, errors);
            Assert.Contains("nothing written", errors);
            Assert.False(File.Exists(Path.Combine(directory.Path, "central.json")));
        }

        [Fact]
        public void A_missing_input_is_an_error()
        {
            using var directory = new TempDirectory();
            var errors = new StringWriter();

            int exit = MergeCommand.Run(new[] { Path.Combine(directory.Path, "nope.json") }, Path.Combine(directory.Path, "c.json"), new StringWriter(), errors);

            Assert.Equal(2, exit);
            Assert.Contains("no such file or directory", errors.ToString());
        }
    }
}
