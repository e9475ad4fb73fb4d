using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.Audit;

namespace TokenGuard.Tests
{
    /// <summary>The audit on the providers' sample exports (tests/fixtures/providers), with counts worked out by hand from them.</summary>
    public sealed class AuditTests : IDisposable
    {
        private static readonly DateTime SampleDay = new DateTime(2025, 11, 1);

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        /// <summary>
        /// Seven entries match live tokens (six by their provider-side name tg:contoso-payments/&lt;id&gt;, one AWS key
        /// by its AccessKeyId), one GitHub entry has no live token, one Stripe key is outside the audited providers.
        /// </summary>
        internal static string Manifest() => "version: 1\ntokens:\n"
            + Entry("nuget-publish-ci", "team:platform", "github")
            + Entry("release-notes-bot", "team:payments", "github")
            + Entry("docs-site-deploy", "user:bob", "github")
            + Entry("nuget-mirror", "team:platform", "aws") + "    provider:\n      kind: aws\n      ref: " + "AKIA" + "EXAMPLEMIRROR001\n"
            + Entry("artifacts-feed-push", "team:platform", "azure-devops")
            + Entry("gitlab-mirror-sync", "team:platform", "gitlab")
            + Entry("container-push", "team:platform", "gitlab", description: null)
            + Entry("retired-bot", "team:platform", "github") + "    provider:\n      kind: github\n      ref: \"424242\"\n"
            + Entry("stripe-checkout", "team:payments", "stripe");

        private static string Entry(string id, string owner, string system, string? description = "What it does") =>
            $"  - id: {id}\n" + (description is null ? "" : $"    description: {description}\n")
            + $"    owner: {owner}\n    system: {system}\n    scope: [write]\n    created: 2025-06-01\n    expires: 2026-06-01\n";

        private string Inventory() =>
            _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(Manifest(), "https://github.com/contoso/contoso-payments.git", "Api"));

        private AuditInputs AllExports(DateTime today, bool owners = true) => new AuditInputs
        {
            Inventory = Inventory(),
            GitHub = new[] { _samples["github-org-pat-grants.json"], _samples["github-org-credential-authorizations.json"], _samples["github-repo-deploy-keys.json"] },
            Aws = new[] { _samples["aws-list-access-keys.json"], _samples["aws-credential-report.csv"], _samples["aws-get-access-key-last-used.json"] },
            AzureDevOps = new[] { _samples["ado-pats-list.json"], _samples["ado-tokenadmin-personalaccesstokens.json"] },
            GitLab = new[] { _samples["gitlab-personal-access-tokens.json"], _samples["gitlab-project-access-tokens.json"] },
            Owners = owners
                ? new[] { _directory.Write("owners.csv", "principal,status\nuser:jdoe-contoso,active\nuser:asmith-contoso,departed\nservice:svc-build-contoso,active\n"
                    + "service:svc-nuget-mirror,active\nteam:platform,active\nteam:payments,active\nuser:bob,departed\n") }
                : System.Array.Empty<string>(),
            Today = today,
        };

        [Fact]
        public void Sample_exports_give_the_expected_counts()
        {
            AuditReport report = AuditCommand.BuildReport(AllExports(SampleDay));

            Assert.Equal(14, report.LiveCount);
            Assert.Equal(15, report.Tokens.Count); // and one inactive AWS key, listed but not live
            Assert.Equal(7, report.InventoriedCount);
            Assert.Equal(50.0, report.Coverage);
            Assert.False(report.Passed);
            Assert.Equal(7, report.Count(AuditFinding.NotInventoried));
            Assert.Equal(0, report.Count(AuditFinding.Expired));
            Assert.Equal(7, report.Count(AuditFinding.NeverExpires));
            Assert.Equal(5, report.Count(AuditFinding.Unused));
            Assert.Equal(4, report.Count(AuditFinding.DepartedOwner) + report.Count(AuditFinding.UnknownOwner));
            Assert.Equal(2, report.Count(AuditFinding.DepartedOwner));
            Assert.Equal(1, report.Count(AuditFinding.NoLiveToken));
            Assert.Equal(1, report.Count(AuditFinding.MissingMetadata));
            Assert.Equal("retired-bot", report.EntryFindings.Single(f => f.Code == AuditFinding.NoLiveToken).Entry.Token.Id);
            Assert.Equal("container-push", report.EntryFindings.Single(f => f.Code == AuditFinding.MissingMetadata).Entry.Token.Id);
            Assert.Empty(report.Warnings);
        }

        [Fact]
        public void Tokens_expire_as_the_audit_date_moves_on()
        {
            AuditReport report = AuditCommand.BuildReport(AllExports(new DateTime(2026, 3, 1)));

            // GitHub nuget-publish-ci (2025-12-01), Azure DevOps artifacts-feed-push (2026-01-29), GitLab laptop (2026-02-01).
            Assert.Equal(3, report.Count(AuditFinding.Expired));
            Assert.Equal(new[] { "0f3c8a8e-6b1d-4f1e-9a57-2f6c1d9b7e41", "1180443", "3920" },
                report.Tokens.Where(t => t.Findings.Contains(AuditFinding.Expired)).Select(t => t.Live.Ref).OrderBy(r => r, StringComparer.Ordinal));
        }

        [Fact]
        public void Matches_by_provider_ref_or_name_and_says_where_every_field_came_from()
        {
            AuditReport report = AuditCommand.BuildReport(AllExports(SampleDay));

            AuditedToken mirror = report.Tokens.Single(t => t.Live.Ref == "AKIA" + "EXAMPLEMIRROR001");
            Assert.Equal("nuget-mirror", mirror.Entry!.Token.Id);
            Assert.StartsWith("provider ref", mirror.MatchedBy);
            Assert.Equal("aws-credential-report.csv:3 access_key_1_last_used_date", Field(mirror, "lastUsed").Source);
            Assert.Equal("aws-list-access-keys.json:3 CreateDate", Field(mirror, "created").Source);
            Assert.StartsWith("inventory contoso-payments tokens.yaml:", Field(mirror, "owner").Source);

            AuditedToken feed = report.Tokens.Single(t => t.Live.Ref == "0f3c8a8e-6b1d-4f1e-9a57-2f6c1d9b7e41");
            Assert.Equal("name tg:contoso-payments/artifacts-feed-push", feed.MatchedBy);
            Assert.Equal("ado-tokenadmin-personalaccesstokens.json:3 userId", Field(feed, "providerAccount").Source); // only the admin view has the user
            Assert.Contains("Azure DevOps reports no last use", feed.Live.Notes);

            // A credential report slot with no listed key is still a live key, its id unknown.
            AuditedToken legacy = report.Tokens.Single(t => t.Live.Owner?.Value == "svc-legacy-deploy");
            Assert.Null(legacy.Live.Ref);
            Assert.Contains(AuditFinding.NotInventoried, legacy.Findings);
            Assert.Contains(AuditFinding.Unused, legacy.Findings);
        }

        [Fact]
        public void Json_output_carries_the_verdict_counts_and_sources_and_the_exit_code_is_1_below_the_minimum()
        {
            var output = new StringWriter();
            AuditInputs inputs = AllExports(SampleDay);
            inputs.Format = "json";

            int exit = AuditCommand.Run(inputs, output, new StringWriter());

            Assert.Equal(1, exit);
            JsonElement json = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.False(json.GetProperty("passed").GetBoolean());
            Assert.Equal(50.0, json.GetProperty("coverage").GetDouble());
            Assert.Equal(5, json.GetProperty("counts").GetProperty(AuditFinding.Unused).GetInt32());
            JsonElement grant = json.GetProperty("tokens").EnumerateArray().Single(t => t.GetProperty("ref").GetString() == "1180443");
            Assert.Contains(grant.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "expires" && f.GetProperty("source").GetString() == "github-org-pat-grants.json:2 token_expires_at");
        }

        [Fact]
        public void The_table_shows_the_verdict_and_a_row_per_token_and_passes_at_a_lower_minimum()
        {
            var output = new StringWriter();
            AuditInputs inputs = AllExports(SampleDay, owners: false);
            inputs.MinimumCoverage = 50;

            int exit = AuditCommand.Run(inputs, output, new StringWriter());

            Assert.Equal(0, exit);
            string table = output.ToString();
            Assert.Contains("Coverage: 50.0% of 14 live token(s) inventoried (7); pass at 50%: PASS", table);
            Assert.Contains("github fine-grained PAT 1180443", table);
            Assert.Contains("aws access key", table);
            Assert.Contains("retired-bot", table);
            Assert.Contains("no-live-token", table);
        }

        [Theory]
        [InlineData("github-org-pat-grants.json", "[\n  {\n    \"token_id\": 1,\n    \"token_name\": \"x\"\n", 5, "not valid JSON")]
        [InlineData("github-org-pat-grants.json", "[\n  { \"token_id\": 1 },\n  { \"token_id\": 2, \"token_colour\": \"red\" }\n]\n", 3, "unknown field 'token_colour'")]
        [InlineData("github-org-pat-grants.json", "[\n  { \"token_id\": 1, \"token_expires_at\": \"soon\" }\n]\n", 2, "'token_expires_at' is 'soon', not a date")]
        [InlineData("gitlab-personal-access-tokens.json", "[\n  { \"id\": 1, \"name\": \"a\" },\n  { \"name\": \"b\" }\n]\n", 3, "GitLab access token record has no 'id'")]
        [InlineData("aws-credential-report.csv", "user,arn,access_key_1_active\nalice,arn:x,true\n", 1, "missing column(s) access_key_1_last_rotated")]
        [InlineData("ado-pats-list.json", "{ \"patTokens\": [],\n  \"nextPage\": 2 }\n", 2, "unknown field 'nextPage'")]
        public void A_malformed_export_names_file_and_line_and_no_report_is_given(string name, string text, int line, string message)
        {
            string path = _directory.Write(name, text);
            AuditInputs inputs = AllExports(SampleDay);
            inputs.GitHub = name.StartsWith("github", StringComparison.Ordinal) ? new[] { path } : Array.Empty<string>();
            inputs.GitLab = name.StartsWith("gitlab", StringComparison.Ordinal) ? new[] { path } : Array.Empty<string>();
            inputs.Aws = name.StartsWith("aws", StringComparison.Ordinal) ? new[] { path } : Array.Empty<string>();
            inputs.AzureDevOps = name.StartsWith("ado", StringComparison.Ordinal) ? new[] { path } : Array.Empty<string>();
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = AuditCommand.Run(inputs, output, errors);

            Assert.Equal(2, exit);
            Assert.Contains($"{path}({line}): error: ", errors.ToString());
            Assert.Contains(message, errors.ToString());
            Assert.Contains("no audit report", errors.ToString());
            Assert.Equal("", output.ToString());
        }

        [Fact]
        public void A_credential_report_row_with_missing_fields_is_an_error_on_its_line()
        {
            string header = File.ReadLines(_samples["aws-credential-report.csv"]).First();
            string path = _directory.Write("aws-credential-report.csv", header + "\nalice.dev,arn:aws:iam::1:user/alice.dev,2022-05-02T08:00:00+00:00\n");
            AuditInputs inputs = AllExports(SampleDay);
            inputs.Aws = new[] { path };
            var errors = new StringWriter();

            Assert.Equal(2, AuditCommand.Run(inputs, new StringWriter(), errors));
            Assert.Contains($"{path}(2): error: credential report row has 3 fields, the header has 22", errors.ToString());
        }

        [Fact]
        public void Lenient_reads_unknown_fields_as_warnings_shown_with_the_report()
        {
            string path = _directory.Write("gitlab.json", "[\n  { \"id\": 7, \"name\": \"tg:contoso-payments/gitlab-mirror-sync\", \"new_field\": 1 }\n]\n");
            AuditInputs inputs = AllExports(SampleDay);
            inputs.GitLab = new[] { path };
            inputs.Lenient = true;

            AuditReport report = AuditCommand.BuildReport(inputs);

            Assert.Equal($"{path}(2): warning: unknown field 'new_field' in a GitLab access token record, ignored", Assert.Single(report.Warnings));
            Assert.Equal("gitlab-mirror-sync", report.Tokens.Single(t => t.Live.Ref == "7").Entry!.Token.Id);
        }

        [Fact]
        public void The_committed_samples_equal_the_shared_originals()
        {
            string? shared = ProviderSamples.SharedFolder;
            if (shared is null) return; // a clone without ../shared: the committed copy is all there is
            string[] names = Directory.EnumerateFiles(shared).Select(Path.GetFileName).Where(n => n != "README.md").OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
            Assert.Equal(names, Directory.EnumerateFiles(ProviderSamples.FixturesFolder).Select(Path.GetFileName).Where(n => n != "README.md").OrderBy(n => n, StringComparer.Ordinal));
            foreach (string name in names) Assert.Equal(File.ReadAllText(Path.Combine(shared, name)), File.ReadAllText(_samples[name]));
        }

        private static AuditField Field(AuditedToken token, string name) => token.Fields.Single(f => f.Name == name);
    }
}
