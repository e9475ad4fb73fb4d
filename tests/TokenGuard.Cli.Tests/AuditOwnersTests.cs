using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli;
using TokenGuard.Cli.Audit;

namespace TokenGuard.Tests
{
    /// <summary><c>audit --owners</c> with the identity directories' own exports (tests/fixtures/directories), several at once.</summary>
    public sealed class AuditOwnersTests : IDisposable
    {
        private static readonly DateTime Today = new DateTime(2026, 12, 1);

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        /// <summary>The audit sample's inventory, docs-site-deploy owned by mallory (gone in Entra and Okta), release-notes-bot by zoe (in no export).</summary>
        private AuditInputs Inputs(params string[] owners) => new AuditInputs
        {
            Inventory = _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(
                AuditTests.Manifest().Replace("owner: user:bob", "owner: user:mallory").Replace("owner: team:payments", "owner: user:zoe"),
                "https://github.com/contoso/contoso-payments.git", "Api")),
            GitHub = new[] { _samples["github-org-pat-grants.json"], _samples["github-org-credential-authorizations.json"], _samples["github-repo-deploy-keys.json"] },
            Owners = owners,
            Today = Today,
            Format = "json",
        };

        [Fact]
        public void The_command_line_takes_several_owners_exports_and_an_owner_map()
        {
            var parse = Program.BuildCommand().Parse(new[] { "audit", "--inventory", "i.json", "--github", "g.json", "--owners", "entra-users.json", "--owners", "okta-users.json", "github-org-members.json", "--owner-map", "map.yaml" });

            Assert.Empty(parse.Errors);
            Assert.Equal(new[] { "entra-users.json", "okta-users.json", "github-org-members.json" }, parse.GetValue<string[]>("--owners"));
            Assert.Equal("map.yaml", parse.GetValue<string?>("--owner-map"));
        }

        [Fact]
        public void Departed_owners_carry_the_day_they_left_and_the_export_and_unknown_owners_are_their_own_finding()
        {
            AuditInputs inputs = Inputs(DirectorySamples.PathOf("entra-users.json"), DirectorySamples.PathOf("okta-users.json"), DirectorySamples.PathOf("github-org-members.json"));
            inputs.OwnerMap = _directory.Write("owner-map.csv", "principal,identity\nuser:jdoe,jdoe-contoso\n");
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = AuditCommand.Run(inputs, output, errors);

            Assert.Equal(ExitCodes.Findings, exit); // coverage, as before: owners add findings, not a verdict of their own
            JsonElement json = JsonDocument.Parse(output.ToString()).RootElement;
            JsonElement[] tokens = json.GetProperty("tokens").EnumerateArray().ToArray();
            JsonElement deploy = tokens.Single(t => t.GetProperty("inventoryId").GetString() == "docs-site-deploy");
            Assert.Contains(AuditFinding.DepartedOwner, deploy.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));
            string left = deploy.GetProperty("findingDetails").GetProperty(AuditFinding.DepartedOwner).GetString()!;
            Assert.Contains("user:mallory left on 2026-11-20", left);
            Assert.Contains("entra-users.json:16", left);
            Assert.Contains(deploy.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "ownerLeft" && f.GetProperty("value").GetString() == "2026-11-20");

            JsonElement notes = tokens.Single(t => t.GetProperty("inventoryId").GetString() == "release-notes-bot");
            Assert.Contains("user:zoe is unknown to the directories (entra-users.json, okta-users.json, github-org-members.json)",
                notes.GetProperty("findingDetails").GetProperty(AuditFinding.UnknownOwner).GetString());
            Assert.DoesNotContain(AuditFinding.DepartedOwner, notes.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));
            Assert.True(json.GetProperty("counts").GetProperty(AuditFinding.UnknownOwner).GetInt32() >= 1);
            Assert.Contains(DirectorySamples.PathOf("okta-users.json"), json.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));

            // team: owners are not people: no directory speaks for them.
            JsonElement publish = tokens.Single(t => t.GetProperty("inventoryId").GetString() == "nuget-publish-ci");
            Assert.False(publish.GetProperty("findingDetails").TryGetProperty(AuditFinding.UnknownOwner, out JsonElement publishDetail)
                && publishDetail.GetString()!.Contains("team:platform"));
        }

        [Fact]
        public void The_table_shows_who_left_when()
        {
            AuditInputs inputs = Inputs(DirectorySamples.PathOf("okta-users.json"));
            inputs.Format = "table";
            var output = new StringWriter();

            AuditCommand.Run(inputs, output, new StringWriter());

            string table = string.Concat(output.ToString().Where(c => !char.IsWhiteSpace(c) && c != '│'));
            Assert.Contains("departed-owner:user:malloryleft", table);
            Assert.Contains("2026-11-20(DEPROVISIONEDinokta-users.json:16)", table);
        }

        [Theory]
        [InlineData("broken.json", "{\n  \"value\": [\n    { \"userPrincipalName\": ", 3, "not valid JSON")]
        [InlineData("people.json", "{ \"people\": [] }", 1, "not a recognised owners export")]
        [InlineData("users.csv", "userPrincipalName,displayName\nalice@contoso.com,Alice\n", 1, "'accountEnabled' column")]
        [InlineData("deep.json", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", 1, "not valid JSON")]
        public void A_malformed_export_among_several_is_exit_2_at_its_line_and_no_report(string name, string text, int line, string message)
        {
            string broken = _directory.Write(name, text);
            AuditInputs inputs = Inputs(DirectorySamples.PathOf("okta-users.json"), broken);
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = AuditCommand.Run(inputs, output, errors);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.Equal("", output.ToString());
            Assert.StartsWith($"{broken}({line}", errors.ToString());
            Assert.Contains("): error: ", errors.ToString());
            Assert.Contains(message, errors.ToString());
            Assert.Contains("no audit report", errors.ToString());
        }

        [Fact]
        public void Bad_utf8_in_an_export_is_exit_2_at_its_line()
        {
            string path = Path.Combine(_directory.Path, "members.json");
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes("[\n  {\"login\": \"alice\", \"type\": \"User\"}\n]\n");
            bytes[14] = 0xFF;
            File.WriteAllBytes(path, bytes);
            var errors = new StringWriter();

            int exit = AuditCommand.Run(Inputs(path), new StringWriter(), errors);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.Contains($"{path}(2): error: ", errors.ToString());
        }

        [Fact]
        public void An_owner_map_without_an_export_is_unusable_input()
        {
            AuditInputs inputs = Inputs();
            inputs.OwnerMap = _directory.Write("map.csv", "principal,identity\nuser:a,b\n");
            var errors = new StringWriter();

            Assert.Equal(ExitCodes.UnusableInput, AuditCommand.Run(inputs, new StringWriter(), errors));
            Assert.Contains("needs at least one --owners export", errors.ToString());
        }
    }
}
