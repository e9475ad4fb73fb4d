using System;
using System.IO;
using TokenGuard.Cli;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Inventory;

namespace TokenGuard.Tests.Adversarial
{
    /// <summary>
    /// Seeded mutations of every input kind (issue 13): each command answers within a time bound with a
    /// documented exit code, never an exception or a stack trace, and writes nothing when the input is unusable.
    /// </summary>
    public sealed class MutationTests : IDisposable
    {
        private const int Seeds = 2;
        private static readonly DateTime SampleDay = new DateTime(2025, 11, 1);

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        public static TheoryData<string> Exports() => PlantedTokenTests.ProviderExports();

        [Theory]
        [MemberData(nameof(Exports))]
        public void A_mutated_provider_export_never_crashes_the_audit(string export)
        {
            string original = File.ReadAllText(_samples[export]);
            for (int seed = 1; seed <= Seeds; seed++)
            {
                foreach (var (name, bytes) in Mutations.Of(original, seed))
                {
                    string path = Path.Combine(_directory.Path, "exports", export);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);
                    AuditInputs inputs = PlantedTokenTests.InputsFor(export, path, Inventory());
                    AssertAuditAnswers(inputs, $"{export} {name} (seed {seed})");
                }
            }
        }

        [Fact]
        public void A_mutated_inventory_never_crashes_merge_or_audit()
        {
            string original = File.ReadAllText(Inventory());
            for (int seed = 1; seed <= Seeds; seed++)
            {
                foreach (var (name, bytes) in Mutations.Of(original, seed))
                {
                    string input = Path.Combine(_directory.Path, "mutated", "tokenguard-inventory.json");
                    Directory.CreateDirectory(Path.GetDirectoryName(input)!);
                    File.WriteAllBytes(input, bytes);
                    string merged = Path.Combine(_directory.Path, "merged-" + seed + "-" + name.Replace(' ', '-') + ".json");
                    var errors = new StringWriter();
                    int exit = Planting.Bounded(() => MergeCommand.Run(new[] { input }, merged, new StringWriter(), errors), $"merge {name}");
                    AssertDocumented(exit, errors.ToString(), $"merge of inventory {name} (seed {seed})");
                    if (exit == ExitCodes.UnusableInput) Assert.False(File.Exists(merged), $"merge of inventory {name}: wrote {merged} from an unusable input");

                    AuditInputs inputs = PlantedTokenTests.InputsFor("github-org-pat-grants.json", _samples["github-org-pat-grants.json"], input);
                    AssertAuditAnswers(inputs, $"inventory {name} (seed {seed})");
                }
            }
        }

        [Theory]
        [InlineData("owners.csv", "principal,status\nuser:jdoe-contoso,active\n\"team:platform\",active\nuser:bob,departed\n")]
        [InlineData("owners.yaml", "owners:\n  - principal: user:jdoe-contoso\n    status: active\n  - { principal: \"user:bob\", status: departed }\n")]
        public void A_mutated_owners_file_never_crashes_the_audit(string name, string owners)
        {
            for (int seed = 1; seed <= Seeds; seed++)
            {
                foreach (var (mutation, bytes) in Mutations.Of(owners, seed))
                {
                    string path = Path.Combine(_directory.Path, name);
                    File.WriteAllBytes(path, bytes);
                    AuditInputs inputs = PlantedTokenTests.InputsFor("github-org-pat-grants.json", _samples["github-org-pat-grants.json"], Inventory());
                    inputs.Owners = new[] { path };
                    AssertAuditAnswers(inputs, $"{name} {mutation} (seed {seed})");
                }
            }
        }

        [Fact]
        public void A_mutated_manifest_never_crashes_scan()
        {
            string tree = Path.Combine(_directory.Path, "repo");
            Directory.CreateDirectory(tree);
            File.WriteAllText(Path.Combine(tree, "Program.cs"), "var key = System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\");\n");
            for (int seed = 1; seed <= Seeds; seed++)
            {
                foreach (var (name, bytes) in Mutations.Of(Manifests.Stripe, seed))
                {
                    string manifest = Path.Combine(tree, "tokens.yaml");
                    File.WriteAllBytes(manifest, bytes);
                    var errors = new StringWriter();
                    int exit = Planting.Bounded(() => ScanCommand.Run(tree, "text", manifest, new StringWriter(), errors, interactive: false), "scan " + name);
                    AssertDocumented(exit, errors.ToString(), $"scan with manifest {name} (seed {seed})");
                }
            }
        }

        [Fact]
        public void Mutated_source_files_never_crash_scan()
        {
            string tree = Path.Combine(_directory.Path, "sources");
            Directory.CreateDirectory(tree);
            string source = "class C { string key = \"" + TestTokens.GitHubClassic(seed: 77) + "\"; }\n";
            int index = 0;
            for (int seed = 1; seed <= Seeds; seed++)
            {
                foreach (var (_, bytes) in Mutations.Of(source, seed)) File.WriteAllBytes(Path.Combine(tree, "file" + index++ + ".cs"), bytes);
            }

            foreach (string format in new[] { "text", "json", "sarif" })
            {
                var output = new StringWriter();
                var errors = new StringWriter();
                int exit = Planting.Bounded(() => ScanCommand.Run(tree, format, null, output, errors, interactive: false), "scan of mutated sources");
                Assert.Equal(ExitCodes.Findings, exit);
                AssertDocumented(exit, errors.ToString(), "scan of mutated sources (" + format + ")");
                Planting.AssertAbsent(TestTokens.GitHubClassic(seed: 77), "mutated sources", output.ToString(), errors.ToString());
            }
        }

        private string Inventory() =>
            _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api"));

        private void AssertAuditAnswers(AuditInputs inputs, string what)
        {
            string html = Path.Combine(_directory.Path, "report.html");
            if (File.Exists(html)) File.Delete(html);
            inputs.Html = html;
            inputs.Format = "json";
            var errors = new StringWriter();
            int exit = Planting.Bounded(() => AuditCommand.Run(inputs, new StringWriter(), errors), "audit " + what);
            AssertDocumented(exit, errors.ToString(), "audit of " + what);
            if (exit == ExitCodes.UnusableInput) Assert.False(File.Exists(html), $"audit of {what}: wrote a report from an unusable input");
        }

        private static void AssertDocumented(int exit, string errors, string what)
        {
            Assert.True(exit == ExitCodes.Clean || exit == ExitCodes.Findings || exit == ExitCodes.UnusableInput, $"{what}: exit code {exit}\n{errors}");
            Assert.DoesNotContain("   at ", errors);
            Assert.False(errors.Contains('\u001b'), $"{what}: a raw escape character reached the terminal");
        }
    }
}
