using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Pack → restore from a local feed → dotnet build, asserting on exit code, diagnostics with
    /// file and line, and the inventory artifact. Also guards the Roslyn 4.8 / MSBuild 17 pins: a
    /// package compiled against a newer compiler would load with CS8032 and report nothing.
    /// </summary>
    public class PackageEndToEndTests
    {
        internal const string Manifest =
            "version: 1\n" +
            "tokens:\n" +
            "  - id: stripe-checkout\n" +
            "    description: Charges cards at checkout\n" +
            "    owner: team:payments\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: 2027-01-10\n" +
            "    usages:\n" +
            "      - env: STRIPE_API_KEY\n";

        private const string RegisteredProgram =
            "var key = System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\");\n" +
            "System.Console.WriteLine(key is null);\n";

        internal static string ProgramWithProblems =>
            RegisteredProgram +
            "var github = System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\n" +
            "class Fallback { public const string Token = \"" + TestTokens.GitHubClassic(42) + "\"; }\n";

        [Fact]
        public void Hard_coded_token_and_unregistered_usage_are_reported_and_the_inventory_is_written()
        {
            using var project = new ConsumerProject(ProgramWithProblems, Manifest);
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(4,47\): error TG0001: .*ghp_…\(sha256:[0-9a-f]{8}\)"), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(3,56\): warning TG0003: .*'GITHUB_TOKEN'"), result.ToString());
            Assert.DoesNotContain(TestTokens.GitHubClassic(42), result.Output);
            Assert.DoesNotContain("CS8032", result.Output);
            Assert.DoesNotContain("AD0001", result.Output);
            Assert.DoesNotContain("MSB4062", result.Output);

            Assert.True(File.Exists(result.InventoryPath), result.ToString());
            InventorySchema.AssertValid(File.ReadAllText(result.InventoryPath));
            using JsonDocument inventory = JsonDocument.Parse(File.ReadAllText(result.InventoryPath));
            Assert.Equal("App", inventory.RootElement.GetProperty("project").GetString());
            Assert.Equal("2026-06-01", inventory.RootElement.GetProperty("generatedAt").GetString());
            JsonElement token = Assert.Single(inventory.RootElement.GetProperty("tokens").EnumerateArray());
            Assert.Equal("stripe-checkout", token.GetProperty("id").GetString());
            Assert.Equal("team:payments", token.GetProperty("owner").GetString());
        }

        [Fact]
        public void A_root_manifest_serves_a_solution_and_each_inventory_lists_where_its_project_uses_tokens()
        {
            string manifest = Manifest +
                "  - id: github-release\n    owner: team:platform\n    system: github\n    scope: [contents:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - env: GITHUB_TOKEN\n";
            using var project = new ConsumerProject(RegisteredProgram, manifest);
            BuildResult result = project.Build();
            Assert.True(result.ExitCode == 0, result.ToString());

            string json = File.ReadAllText(result.InventoryPath);
            InventorySchema.AssertValid(json);
            using JsonDocument inventory = JsonDocument.Parse(json);
            // The manifest is shared (it sits above the project), so only the token this project reads is listed.
            JsonElement token = Assert.Single(inventory.RootElement.GetProperty("tokens").EnumerateArray());
            Assert.Equal("stripe-checkout", token.GetProperty("id").GetString());
            JsonElement usedAt = Assert.Single(token.GetProperty("usedAt").EnumerateArray());
            Assert.Equal("App/Program.cs", usedAt.GetProperty("file").GetString());
            Assert.Equal(1, usedAt.GetProperty("line").GetInt32());
            Assert.Equal("App", usedAt.GetProperty("project").GetString());

            BuildResult all = project.Build("TokenGuardInventoryScope=all");
            using JsonDocument everything = JsonDocument.Parse(File.ReadAllText(all.InventoryPath));
            Assert.Equal(2, everything.RootElement.GetProperty("tokens").GetArrayLength());
        }

        [Fact]
        public void Web_config_token_fails_the_build_at_its_line_and_column_and_the_property_switches_it_off()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            string token = TestTokens.GitHubClassic(seed: 7);
            string tokenLine = "    <add key=\"GitHub:Token\" value=\"" + token + "\" />";
            project.WriteProjectFile("web.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n" + tokenLine + "\n  </appSettings>\n</configuration>\n");
            project.WriteProjectFile(Path.Combine("Properties", "launchSettings.json"), "{ \"profiles\": { \"App\": { \"environmentVariables\": {\n  \"OPENAI_API_KEY\": \"\" } } } }");
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            int column = tokenLine.IndexOf(token, System.StringComparison.Ordinal) + 1;
            Assert.True(Regex.IsMatch(result.Output, @"web\.config\(4," + column + @"\): error TG0004: 'GitHub:Token'"), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"launchSettings\.json\(2,21\): warning TG0005: Setting 'OPENAI_API_KEY' .* 'env: OPENAI_API_KEY'"), result.ToString());
            Assert.DoesNotContain(token, result.Output);
            Assert.DoesNotContain("AD0001", result.Output);
            Assert.DoesNotContain("nuget.config", result.Output); // the consumer's own nuget.config holds no secret

            BuildResult switchedOff = project.Build("TokenGuardCheckAppConfig=false");
            Assert.DoesNotContain("TG0004", switchedOff.Output);
        }

        [Fact]
        public void Appsettings_are_checked_in_the_real_compiler()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            project.WriteProjectFile("appsettings.json", "{\n  // comments are fine\n  \"Slack\": { \"Webhook\": \"" + TestTokens.SlackWebhook() + "\" },\n  \"OpenAI\": { \"ApiKey\": \"\" },\n}\n");
            project.WriteProjectFile("appsettings.Development.json", "{ \"broken\": }");
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(Regex.IsMatch(result.Output, @"appsettings\.json\(3,26\): error TG0004: 'Slack:Webhook'"), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"appsettings\.json\(4,25\): warning TG0005: Setting 'OpenAI:ApiKey'"), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"appsettings\.Development\.json\(1,\d+\): warning TG0008"), result.ToString());
            Assert.DoesNotContain(TestTokens.SlackWebhook(), result.Output);
            Assert.DoesNotContain("AD0001", result.Output);
        }

        [Fact]
        public void A_solution_of_two_projects_shares_one_manifest_and_reports_its_errors_once()
        {
            string manifest = Manifest +
                "  - id: github-release\n    owner: team:platform\n    system: github\n    scope: [contents:write]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - env: GITHUB_TOKEN\n";
            using var solution = new ConsumerProject(RegisteredProgram, manifest);
            solution.AddProject("Worker", "System.Console.WriteLine(System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\") is null);\n");

            BuildResult clean = solution.BuildSolution();
            Assert.True(clean.ExitCode == 0, clean.ToString());
            foreach ((string project, string token) in new[] { ("App", "stripe-checkout"), ("Worker", "github-release") })
            {
                string json = File.ReadAllText(solution.InventoryOf(project));
                InventorySchema.AssertValid(json);
                using JsonDocument inventory = JsonDocument.Parse(json);
                JsonElement only = Assert.Single(inventory.RootElement.GetProperty("tokens").EnumerateArray());
                Assert.Equal(token, only.GetProperty("id").GetString());
                Assert.Equal(project + "/Program.cs", Assert.Single(only.GetProperty("usedAt").EnumerateArray()).GetProperty("file").GetString());
            }

            File.WriteAllText(solution.ManifestPath, manifest.Replace("expires: 2027-01-10\n    usages:\n      - env: GITHUB_TOKEN", "expires: 2026-05-01\n    usages:\n      - env: GITHUB_TOKEN"));
            BuildResult failing = solution.BuildSolution();
            Assert.NotEqual(0, failing.ExitCode);
            string[] reported = failing.Output.Split('\n').Where(l => l.Contains("error TG1002")).Select(l => l.Trim()).Distinct().ToArray();
            Assert.True(reported.Length == 1, failing.ToString());
        }

        [Fact]
        public void Clean_project_builds_and_writes_the_inventory()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            BuildResult result = project.Build();

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TG0", result.Output);
            Assert.DoesNotContain("TG1", result.Output);
            Assert.True(File.Exists(result.InventoryPath), result.ToString());
            // The usages reach the inventory through the analyzers' usage files; no error log is forced.
            string intermediate = Path.Combine(result.ProjectDirectory, "obj", "Debug", "net10.0");
            Assert.Empty(Directory.GetFiles(intermediate, "*.sarif"));
            string codeUsages = Path.Combine(intermediate, UsageFiles.CodeFileName);
            Assert.Contains("stripe-checkout\t1\t", File.ReadAllText(codeUsages));
            Assert.Contains("\"usedAt\"", File.ReadAllText(result.InventoryPath));

            // Without usage locations the analyzers write no usage file: the inventory lists the tokens, not where they are used.
            foreach (string usageFile in Directory.GetFiles(intermediate, "tokenguard-usages.*")) File.Delete(usageFile);
            BuildResult withoutLocations = project.Build("--no-incremental", "TokenGuardUsageLocations=false");
            Assert.True(withoutLocations.ExitCode == 0, withoutLocations.ToString());
            Assert.Empty(Directory.GetFiles(intermediate, "tokenguard-usages.*"));
            string inventory = File.ReadAllText(result.InventoryPath);
            Assert.Contains("stripe-checkout", inventory);
            Assert.DoesNotContain("\"usedAt\"", inventory);
        }

        /// <summary>
        /// Issue 16: the usage files carry the reads of code and of settings files to the inventory, leave the project's
        /// own error log as it set it, and stay byte for byte the same (untouched) when other analyzers stop reporting.
        /// </summary>
        [Fact]
        public void Usage_files_carry_code_and_settings_usages_and_do_not_change_with_other_analyzers_output()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            project.WriteProjectFile(Path.Combine("Properties", "launchSettings.json"), "{ \"profiles\": { \"App\": { \"environmentVariables\": {\n  \"STRIPE_API_KEY\": \"\" } } } }");
            // CA1822 (info, on by default): what other analyzers add to a build's error log.
            project.WriteProjectFile("Helper.cs", "internal sealed class Helper { public int Twice(int x) => x * 2; }\n");
            project.AddToProject("<PropertyGroup><ErrorLog>own.sarif,version=2.1</ErrorLog></PropertyGroup>");
            BuildResult result = project.Build();
            Assert.True(result.ExitCode == 0, result.ToString());

            using (JsonDocument inventory = JsonDocument.Parse(File.ReadAllText(result.InventoryPath)))
            {
                string[] usedAt = Assert.Single(inventory.RootElement.GetProperty("tokens").EnumerateArray()).GetProperty("usedAt").EnumerateArray()
                    .Select(u => u.GetProperty("file").GetString() + ":" + u.GetProperty("line").GetInt32()).ToArray();
                Assert.Equal(new[] { "App/Program.cs:1", "App/Properties/launchSettings.json:2" }, usedAt);
            }

            string ownLog = Path.Combine(result.ProjectDirectory, "own.sarif");
            Assert.Contains("\"CA1822\"", File.ReadAllText(ownLog));
            string intermediate = Path.Combine(result.ProjectDirectory, "obj", "Debug", "net10.0");
            string[] usageFiles = { Path.Combine(intermediate, UsageFiles.CodeFileName), Path.Combine(intermediate, UsageFiles.SettingsFileName) };
            string[] contents = usageFiles.Select(File.ReadAllText).ToArray();
            System.DateTime[] written = usageFiles.Select(File.GetLastWriteTimeUtc).ToArray();

            BuildResult withoutSdkAnalyzers = project.Build("EnableNETAnalyzers=false");
            Assert.True(withoutSdkAnalyzers.ExitCode == 0, withoutSdkAnalyzers.ToString());
            Assert.DoesNotContain("\"CA1822\"", File.ReadAllText(ownLog));
            Assert.Equal(contents, usageFiles.Select(File.ReadAllText).ToArray());
            Assert.Equal(written, usageFiles.Select(File.GetLastWriteTimeUtc).ToArray());

            // The read moves while usage locations are off (that compile writes no usage file); switched back on, the
            // inventory must show where the read is now, not what the files of the compile before said.
            project.WriteProjectFile("Program.cs", "// moved\n" + RegisteredProgram);
            BuildResult switchedOff = project.Build("TokenGuardUsageLocations=false");
            Assert.True(switchedOff.ExitCode == 0, switchedOff.ToString());
            BuildResult switchedOn = project.Build();
            Assert.True(switchedOn.ExitCode == 0, switchedOn.ToString());
            using JsonDocument afterSwitch = JsonDocument.Parse(File.ReadAllText(switchedOn.InventoryPath));
            Assert.Contains(Assert.Single(afterSwitch.RootElement.GetProperty("tokens").EnumerateArray()).GetProperty("usedAt").EnumerateArray(),
                u => u.GetProperty("file").GetString() == "App/Program.cs" && u.GetProperty("line").GetInt32() == 2);
        }

        /// <summary>
        /// The manifest is parsed once per build (the three tasks share the parse), and an unchanged second build
        /// runs no TokenGuard task at all: both targets are skipped as up to date.
        /// </summary>
        [Fact]
        public void Manifest_is_parsed_once_and_an_unchanged_second_build_runs_no_TokenGuard_task()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            BuildResult first = project.Build("-v:d");
            Assert.True(first.ExitCode == 0, first.ToString());
            Assert.Single(Regex.Matches(first.Output, @"TokenGuard: parsed \S*tokens\.yaml"));
            Assert.True(Regex.Matches(first.Output, "TokenGuard: reusing this build's parse").Count >= 2, first.ToString());

            BuildResult second = project.Build("-v:d");
            Assert.True(second.ExitCode == 0, second.ToString());
            Assert.Contains("Skipping target \"TokenGuardValidateManifest\" because all output files are up-to-date", second.Output);
            Assert.Contains("Skipping target \"TokenGuardWriteInventory\" because all output files are up-to-date", second.Output);
            foreach (string task in new[] { "ReadTokenManifest", "ValidateTokenManifest", "WriteTokenInventory" })
            {
                Assert.DoesNotContain("Task \"" + task + "\"", second.Output);
            }

            File.WriteAllText(project.ManifestPath, Manifest.Replace("expires: 2027-01-10", "expires: 2026-05-01"));
            BuildResult third = project.Build();
            Assert.True(third.Output.Contains("error TG1002"), third.ToString());
        }

        /// <summary>
        /// The IDE's design-time builds write no TokenGuard file; a multi-targeted project writes one inventory per
        /// target framework, beside that framework's output (bin/Debug/&lt;tfm&gt;/), each listing its usages.
        /// </summary>
        [Fact]
        public void Design_time_builds_write_nothing_and_each_target_framework_gets_its_own_inventory()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest);
            project.SetTargetFrameworks("net10.0;net9.0");
            project.AddToProject("<PropertyGroup><UseAppHost>false</UseAppHost></PropertyGroup>");

            // What the IDE runs for each target framework: Compile with the compiler itself skipped.
            BuildResult designTime = project.Build("-t:Compile", "TargetFramework=net10.0", "DesignTimeBuild=true", "SkipCompilerExecution=true", "ProvideCommandLineArgs=true", "-getItem:CscCommandLineArgs");
            Assert.True(designTime.ExitCode == 0, designTime.ToString());
            Assert.Empty(Directory.GetFiles(project.RootDirectory, "tokenguard*", SearchOption.AllDirectories));
            // The IDE's analyzers get the design-time build's compiler options: never the switch that lets them write usage files.
            Assert.Contains("/analyzerconfig:", designTime.Output);
            Assert.DoesNotContain("TokenGuard.UsageFiles.globalconfig", designTime.Output);
            string editorConfig = Path.Combine(project.RootDirectory, "App", "obj", "Debug", "net10.0", "App.GeneratedMSBuildEditorConfig.editorconfig");
            string designTimeEditorConfig = File.ReadAllText(editorConfig);

            BuildResult build = project.Build();
            Assert.True(build.ExitCode == 0, build.ToString());
            // A real build gives the compiler the same generated options, so it does not rerun after each design-time build.
            Assert.Equal(designTimeEditorConfig, File.ReadAllText(editorConfig));
            foreach (string framework in new[] { "net10.0", "net9.0" })
            {
                string path = Path.Combine(project.RootDirectory, "App", "bin", "Debug", framework, "tokenguard-inventory.json");
                Assert.True(File.Exists(path), framework + ": " + build);
                using JsonDocument inventory = JsonDocument.Parse(File.ReadAllText(path));
                JsonElement token = Assert.Single(inventory.RootElement.GetProperty("tokens").EnumerateArray());
                Assert.Equal("App/Program.cs", Assert.Single(token.GetProperty("usedAt").EnumerateArray()).GetProperty("file").GetString());
            }
        }

        [Fact]
        public void All_inventory_formats_are_written_and_valid_and_sarif_carries_the_failures()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest.Replace("owner: team:payments", "owner: alice"));
            BuildResult result = project.Build("TokenGuardInventoryFormats=json%3Bcsv%3Bcyclonedx%3Bsarif");
            Assert.NotEqual(0, result.ExitCode);

            string output = Path.GetDirectoryName(result.InventoryPath)!;
            InventorySchema.AssertValid(File.ReadAllText(result.InventoryPath));
            Assert.StartsWith("id,description,owner", File.ReadAllText(Path.Combine(output, "tokenguard-inventory.csv")));
            InventorySchema.AssertValidCycloneDx(File.ReadAllText(Path.Combine(output, "tokenguard-inventory.cdx.json")));
            string sarif = File.ReadAllText(Path.Combine(output, "tokenguard.sarif"));
            InventorySchema.AssertValidSarif(sarif);
            Assert.Contains("\"ruleId\": \"TG1004\"", sarif);
            Assert.Contains("\"uri\": \"tokens.yaml\"", sarif);
        }

        [Fact]
        public void Enforced_build_turns_unregistered_usage_into_an_error()
        {
            using var project = new ConsumerProject(RegisteredProgram + "var t = System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\n", Manifest);
            BuildResult result = project.Build("TokenGuardEnforce=true");

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(3,51\): error TG0003"), result.ToString());
        }

        /// <summary>
        /// An expired entry does not stop the build before compile: the same build also reports the hard-coded
        /// token and the unregistered read, then fails, as it does for compiler errors.
        /// </summary>
        [Fact]
        public void Expired_entry_fails_the_build_at_the_manifest_line_and_the_same_build_reports_the_analyzers_findings()
        {
            using var project = new ConsumerProject(ProgramWithProblems, Manifest.Replace("expires: 2027-01-10", "expires: 2026-05-01"));
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(result.Output.Contains("tokens.yaml(9,5): error TG1002: token 'stripe-checkout' expired on 2026-05-01"), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(4,47\): error TG0001: "), result.ToString());
            Assert.True(Regex.IsMatch(result.Output, @"Program\.cs\(3,56\): warning TG0003: .*'GITHUB_TOKEN'"), result.ToString());
            Assert.DoesNotContain(TestTokens.GitHubClassic(42), result.Output);

            // Fixed code, still expired: the build compiles and still fails on the manifest alone (no stamp was left behind).
            File.WriteAllText(Path.Combine(result.ProjectDirectory, "Program.cs"), RegisteredProgram);
            BuildResult expiredOnly = project.Build();
            Assert.NotEqual(0, expiredOnly.ExitCode);
            Assert.True(expiredOnly.Output.Contains("error TG1002"), expiredOnly.ToString());
            Assert.DoesNotContain("error CS", expiredOnly.Output);
        }

        [Fact]
        public void Empty_owner_fails_the_build_with_TG1004()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest.Replace("owner: team:payments", "owner:"));
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(result.Output.Contains("tokens.yaml(5,5): error TG1004: token 'stripe-checkout' has no owner"), result.ToString());
        }

        /// <summary>One failing build per policy rule, each pointing at the manifest line it concerns.</summary>
        [Theory]
        [InlineData("TG1005", "created: 2026-01-10", "created: 10/01/2026", "tokens.yaml(8,14): error TG1005", "")]
        [InlineData("TG1006", "    usages:", "    usages: []\n  - id: stripe-checkout\n    owner: team:x\n    system: s\n    scope: [a]\n    created: 2026-01-10\n    expires: 2027-01-10\n    usages:", "tokens.yaml(11,5): error TG1006: id 'stripe-checkout' is already used by the entry at line 3", "")]
        [InlineData("TG1008", "    usages:", "    rotation: 90d\n    usages:", "tokens.yaml(10,5): error TG1008", "")]
        [InlineData("TG1009", "expires: 2027-01-10", "expires: never\n    justification: vendor issues no expiring keys", "tokens.yaml(9,5): error TG1009", "TokenGuardAllowNeverExpires=false")]
        [InlineData("TG1009", "", "", "tokens.yaml(9,5): error TG1009", "TokenGuardMaxLifetime=180d")]
        [InlineData("TG1004", "", "", "tokens.yaml(5,5): error TG1004: token 'stripe-checkout' is owned by 'team:payments', who has left (departed in owners.csv:2)", "TokenGuardOwnersFile=OWNERS")]
        [InlineData("TG1004", "owner: team:payments", "owner: user:mallory", "tokens.yaml(5,5): error TG1004: token 'stripe-checkout' is owned by 'user:mallory', who left on 2026-11-20 (disabled (accountEnabled false) in entra-users.json:16", "TokenGuardOwnersFile=ENTRA")]
        public void Each_policy_rule_fails_the_build_at_its_manifest_line(string id, string from, string to, string expected, string property)
        {
            using var project = new ConsumerProject(RegisteredProgram, from.Length == 0 ? Manifest : Manifest.Replace(from, to));
            string owners = Path.Combine(Path.GetDirectoryName(project.ManifestPath)!, "owners.csv");
            File.WriteAllText(owners, "principal,status\nteam:payments,departed\n");
            BuildResult result = property.Length == 0 ? project.Build() : project.Build(property.Replace("OWNERS", owners).Replace("ENTRA", DirectorySamples.PathOf("entra-users.json")));

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(result.Output.Contains(expected), id + ": " + result);
        }

        [Fact]
        public void Broken_yaml_fails_with_TG1001_line_and_column_and_no_stack_trace()
        {
            using var project = new ConsumerProject(RegisteredProgram, Manifest.Replace("scope: [charges:write]", "scope: [charges:write"));
            BuildResult result = project.Build();

            Assert.NotEqual(0, result.ExitCode);
            Assert.True(Regex.IsMatch(result.Output, @"tokens\.yaml\(\d+,\d+\): error TG1001: YAML syntax error"), result.ToString());
            Assert.DoesNotContain("   at ", result.Output);
            Assert.DoesNotContain("Exception", result.Output);
        }

        [Fact]
        public void Project_without_a_manifest_gets_one_TG0007_warning()
        {
            using var project = new ConsumerProject(RegisteredProgram, manifest: null);
            BuildResult result = project.Build();

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Single(Regex.Matches(result.Output, "warning TG0007: No tokens.yaml found").Cast<Match>().Select(m => m.Value).Distinct());
            // No manifest, no inventory: the compiler's error log is not forced either.
            Assert.Empty(Directory.GetFiles(result.ProjectDirectory, "tokenguard*", SearchOption.AllDirectories));
        }
    }
}
