using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Inventory;

namespace TokenGuard.Tests.Adversarial
{
    /// <summary>
    /// A generated token planted in every field of every input TokenGuard reads — provider exports, the AWS
    /// credential report, the owners file, inventory artifacts, the manifest, appsettings — and no output of
    /// scan, merge or audit (standard output, standard error, written files) may hold it (issue 13).
    /// </summary>
    public sealed class PlantedTokenTests : IDisposable
    {
        private static readonly DateTime SampleDay = new DateTime(2025, 11, 1);
        private static readonly int[] DocumentedExitCodes = { ExitCodes.Clean, ExitCodes.Findings, ExitCodes.UnusableInput };

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        public static TheoryData<string> ProviderExports() => new TheoryData<string>
        {
            "github-org-pat-grants.json", "github-org-credential-authorizations.json", "github-repo-deploy-keys.json",
            "aws-list-access-keys.json", "aws-get-access-key-last-used.json", "aws-credential-report.csv",
            "ado-pats-list.json", "ado-tokenadmin-personalaccesstokens.json",
            "gitlab-personal-access-tokens.json", "gitlab-project-access-tokens.json",
        };

        [Theory]
        [MemberData(nameof(ProviderExports))]
        public void A_token_in_any_field_of_a_provider_export_is_never_repeated_by_the_audit(string export)
        {
            string original = File.ReadAllText(_samples[export]);
            var variants = export.EndsWith(".csv", StringComparison.Ordinal) ? Planting.EveryCsvCell(original) : Planting.EveryJsonString(original);
            int count = 0;
            foreach (var (where, text, token) in variants)
            {
                string path = _directory.Write("exports/" + export, text);
                AuditInputs inputs = Inputs(export, path);
                AssertAuditNeverRepeats(inputs, token, export + " " + where);
                count++;
            }

            Assert.True(count >= 3, $"only {count} places to plant in {export}");
        }

        [Fact]
        public void A_token_in_any_cell_of_the_owners_file_is_never_repeated_by_the_audit()
        {
            const string owners = "principal,status\nuser:jdoe-contoso,active\nteam:platform,active\nuser:bob,departed\n";
            foreach (var (where, text, token) in Planting.EveryCsvCell(owners))
            {
                AuditInputs inputs = Inputs("github-org-pat-grants.json", _samples["github-org-pat-grants.json"]);
                inputs.Owners = new[] { _directory.Write("owners.csv", text) };
                AssertAuditNeverRepeats(inputs, token, "owners.csv " + where);
            }
        }

        [Fact]
        public void A_token_in_any_field_of_an_inventory_is_never_repeated_by_merge_or_audit()
        {
            string artifact = InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api",
                new TokenGuard.Inventory.UsageLocation("stripe-checkout", "src/Api/Pay.cs", 12));
            int count = 0;
            foreach (var (where, text, token) in Planting.EveryJsonString(artifact))
            {
                string input = _directory.Write("planted/tokenguard-inventory.json", text);
                string merged = Path.Combine(_directory.Path, "merged", "central.json");
                var output = new StringWriter();
                var errors = new StringWriter();
                int exit = Planting.Bounded(() => MergeCommand.Run(new[] { input }, merged, output, errors), "merge " + where);
                Assert.Contains(exit, DocumentedExitCodes);
                Planting.AssertAbsent(token, "inventory " + where, output.ToString(), errors.ToString());
                Planting.AssertAbsent(token, "inventory " + where, Planting.FilesUnder(Path.GetDirectoryName(merged)!));

                AuditInputs inputs = Inputs("github-org-pat-grants.json", _samples["github-org-pat-grants.json"]);
                inputs.Inventory = input;
                AssertAuditNeverRepeats(inputs, token, "inventory " + where);
                count++;
            }

            Assert.True(count > 30, $"only {count} places planted in the inventory");
        }

        [Fact]
        public void A_token_in_any_scalar_of_the_manifest_is_never_repeated_by_scan()
        {
            string tree = Path.Combine(_directory.Path, "repo");
            Directory.CreateDirectory(tree);
            File.WriteAllText(Path.Combine(tree, "Program.cs"), "var key = System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\");\n");
            foreach (var (where, text, token) in Planting.EveryYamlScalar(Manifests.Stripe))
            {
                string manifest = Path.Combine(tree, "tokens.yaml");
                File.WriteAllText(manifest, text);
                foreach (string format in new[] { "text", "json", "sarif" })
                {
                    var output = new StringWriter();
                    var errors = new StringWriter();
                    int exit = Planting.Bounded(() => ScanCommand.Run(tree, format, manifest, output, errors, interactive: false), "scan " + where);
                    Assert.Contains(exit, DocumentedExitCodes);
                    Planting.AssertAbsent(token, "tokens.yaml " + where + " (" + format + ")", output.ToString(), errors.ToString());
                }
            }
        }

        [Fact]
        public void A_token_in_any_field_of_appsettings_is_reported_redacted_by_scan()
        {
            string tree = Path.Combine(_directory.Path, "app");
            Directory.CreateDirectory(tree);
            const string settings = "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }, \"Stripe\": { \"ApiKey\": \"\", \"Region\": \"eu\" }, \"Hosts\": [\"a\", \"b\"] }";
            foreach (var (where, text, token) in Planting.EveryJsonString(settings))
            {
                File.WriteAllText(Path.Combine(tree, "appsettings.json"), text);
                foreach (string format in new[] { "text", "json", "sarif" })
                {
                    var output = new StringWriter();
                    var errors = new StringWriter();
                    int exit = Planting.Bounded(() => ScanCommand.Run(tree, format, null, output, errors, interactive: false), "scan " + where);
                    Assert.True(exit == ExitCodes.Findings, $"appsettings {where}: the planted token was not reported (exit {exit})");
                    Planting.AssertAbsent(token, "appsettings " + where + " (" + format + ")", output.ToString(), errors.ToString());
                }
            }
        }

        private AuditInputs Inputs(string export, string path) =>
            InputsFor(export, path, _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api")));

        /// <summary>An audit of <paramref name="inventory"/> against one export, given to the option its name says.</summary>
        internal static AuditInputs InputsFor(string export, string path, string inventory)
        {
            var inputs = new AuditInputs { Inventory = inventory, Today = SampleDay };
            string[] one = { path };
            if (export.StartsWith("github", StringComparison.Ordinal)) inputs.GitHub = one;
            else if (export.StartsWith("aws", StringComparison.Ordinal)) inputs.Aws = one;
            else if (export.StartsWith("ado", StringComparison.Ordinal)) inputs.AzureDevOps = one;
            else inputs.GitLab = one;
            return inputs;
        }

        private void AssertAuditNeverRepeats(AuditInputs inputs, string token, string where)
        {
            string reports = Path.Combine(_directory.Path, "reports");
            if (Directory.Exists(reports)) Directory.Delete(reports, recursive: true);
            foreach (string format in new[] { "json", "table" })
            {
                inputs.Format = format;
                inputs.Html = Path.Combine(reports, format + ".html");
                var output = new StringWriter();
                var errors = new StringWriter();
                int exit = Planting.Bounded(() => AuditCommand.Run(inputs, output, errors), "audit " + where);
                Assert.Contains(exit, DocumentedExitCodes);
                Planting.AssertAbsent(token, where + " (audit " + format + ")", output.ToString(), errors.ToString());
            }

            Planting.AssertAbsent(token, where + " (HTML report)", Planting.FilesUnder(reports));
        }
    }
}
