using System;
using System.Collections.Generic;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class PolicyTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 1);

        private static List<ManifestDiagnostic> Validate(string yaml, Action<ValidationSettings>? configure = null, ISet<string>? explicitlySet = null)
        {
            ManifestLoadResult loaded = ManifestLoader.Load("tokens.yaml", yaml);
            Assert.NotNull(loaded.Manifest);
            var settings = new ValidationSettings(Today);
            configure?.Invoke(settings);
            settings.WithManifestPolicy(loaded.Manifest!.Policy, explicitlySet ?? new HashSet<string>());
            return loaded.Diagnostics.Concat(new ManifestValidator(settings).Validate(loaded.Manifest!)).ToList();
        }

        private static string WithPolicy(string policy) => ManifestLoaderTests.Valid.Replace("tokens:\n", "policy:\n" + policy + "tokens:\n");

        [Theory]
        [InlineData("90d", "2026-04-10")]
        [InlineData("12w", "2026-04-04")]
        [InlineData("3m", "2026-04-10")]
        [InlineData("1y", "2027-01-10")]
        public void Durations_add_calendar_units(string text, string expected)
        {
            Assert.True(PolicyDuration.TryParse(text, out PolicyDuration duration));
            Assert.Equal(DateTime.Parse(expected), duration.AddTo(new DateTime(2026, 1, 10)));
        }

        [Theory]
        [InlineData("")]
        [InlineData("0d")]
        [InlineData("-3d")]
        [InlineData("90")]
        [InlineData("ninety days")]
        public void Bad_durations_are_rejected(string text) => Assert.False(PolicyDuration.TryParse(text, out _));

        [Fact]
        public void Rotation_overdue_is_TG1008_at_the_rotation_line()
        {
            // created 2026-01-10 + 90d = 2026-04-10, before today (2026-06-01).
            ManifestDiagnostic error = Assert.Single(Validate(ManifestLoaderTests.Valid.Replace("rotation: 1y", "rotation: 90d")));
            Assert.Equal("TG1008", error.Id);
            Assert.Equal(11, error.Location.Line);
            Assert.Contains("2026-04-10", error.Message);
        }

        [Fact]
        public void Rotation_not_yet_due_is_fine()
        {
            Assert.Empty(Validate(ManifestLoaderTests.Valid));
        }

        [Fact]
        public void Lifetime_over_the_manifest_policy_is_TG1009()
        {
            var diagnostics = Validate(WithPolicy("  maxLifetime: 180d\n"));
            ManifestDiagnostic error = Assert.Single(diagnostics);
            Assert.Equal("TG1009", error.Id);
            Assert.Contains("expire it by 2026-07-09", error.Message);
        }

        [Fact]
        public void MSBuild_property_overrides_the_manifest_policy()
        {
            string yaml = WithPolicy("  maxLifetime: 180d\n");
            var diagnostics = Validate(yaml, s => s.MaxLifetime = PolicyDuration.TryParse("2y", out var d) ? d : default(PolicyDuration?), new HashSet<string> { nameof(ValidationSettings.MaxLifetime) });
            Assert.Empty(diagnostics);
        }

        [Fact]
        public void Never_can_be_forbidden()
        {
            string never = ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: never").Replace("    rotation: 1y\n", "    justification: partner API issues no expiring keys\n");
            Assert.Empty(Validate(never));
            Assert.Equal("TG1009", Assert.Single(Validate(never, s => s.AllowNeverExpires = false)).Id);
            Assert.Equal("TG1009", Assert.Single(Validate(never.Replace("tokens:\n", "policy:\n  allowNever: false\ntokens:\n"))).Id);
        }

        [Theory]
        [InlineData("[repo]", "repo")]
        [InlineData("[\"*\"]", "*")]
        [InlineData("[read, \"admin:*\"]", "admin:*")]
        [InlineData("[api]", "api")]
        public void Broad_scopes_are_TG1010_warnings(string scope, string named)
        {
            var diagnostics = Validate(ManifestLoaderTests.Valid.Replace("[charges:write]", scope));
            ManifestDiagnostic warning = Assert.Single(diagnostics);
            Assert.Equal("TG1010", warning.Id);
            Assert.Equal(ManifestSeverity.Warning, warning.Severity);
            Assert.Contains("'" + named + "'", warning.Message);
        }

        [Fact]
        public void Policy_can_replace_the_broad_scope_list()
        {
            string yaml = WithPolicy("  broadScopes: [charges:write]\n");
            Assert.Equal("TG1010", Assert.Single(Validate(yaml)).Id);
        }

        [Fact]
        public void Policy_warning_days_apply()
        {
            string yaml = WithPolicy("  expiryWarningDays: 365\n");
            Assert.Equal("TG1003", Assert.Single(Validate(yaml)).Id);
        }

        [Fact]
        public void Bad_policy_values_and_unknown_policy_fields_are_reported()
        {
            var diagnostics = Validate(WithPolicy("  maxLifetime: forever\n  allowNever: maybe\n  maxLifetim: 3d\n"));
            Assert.Equal(2, diagnostics.Count(d => d.Id == "TG1005"));
            Assert.Contains(diagnostics, d => d.Id == "TG1007" && d.Message.Contains("did you mean 'maxLifetime'?"));
        }

        [Fact]
        public void Owner_missing_from_the_owners_file_or_departed_is_TG1004()
        {
            string yaml = ManifestLoaderTests.Valid;
            var (active, _) = OwnerDirectoryLoader.Load("owners.csv", "principal,status\nteam:payments,active\n");
            var (departed, _) = OwnerDirectoryLoader.Load("owners.csv", "name,principal,status\n\"Payments, EU\",team:payments,departed\n");
            var (other, _) = OwnerDirectoryLoader.Load("owners.yaml", "owners:\n  - principal: user:bob\n");

            Assert.Empty(Validate(yaml, s => s.Owners = active));
            ManifestDiagnostic left = Assert.Single(Validate(yaml, s => s.Owners = departed));
            Assert.Equal("TG1004", left.Id);
            Assert.Contains("who has left (departed in owners.csv:2); reassign it to an active owner or revoke it", left.Message);
            ManifestDiagnostic unknown = Assert.Single(Validate(yaml, s => s.Owners = other));
            Assert.Contains("unknown to the directories (not in owners.yaml)", unknown.Message);
            Assert.Equal(ManifestSeverity.Error, unknown.Severity); // a principal,status list names every allowed owner
        }

        [Fact]
        public void Owners_files_in_csv_and_yaml()
        {
            var (csv, csvProblems) = OwnerDirectoryLoader.Load("o.csv", "principal,status\r\nuser:alice,active\r\nuser:bob,departed\r\nteam:x,\r\n");
            Assert.Empty(csvProblems);
            Assert.Equal(3, csv!.Count);
            Assert.Equal("departed", csv.StatusOf("USER:BOB"));
            Assert.Equal("", csv.StatusOf("team:x"));

            var (yaml, yamlProblems) = OwnerDirectoryLoader.Load("o.yaml", "owners:\n  - user:alice\n  - principal: user:bob\n    status: departed\n");
            Assert.Empty(yamlProblems);
            Assert.Equal("departed", yaml!.StatusOf("user:bob"));
            Assert.Equal("", yaml.StatusOf("user:alice"));
        }

        [Theory]
        [InlineData("o.csv", "name,email\nAlice,a@example.com\n")]
        [InlineData("o.yaml", "people: []\n")]
        [InlineData("o.yaml", "owners: [\n")]
        public void Malformed_owners_files_are_TG1004_not_exceptions(string path, string text)
        {
            var (directory, problems) = OwnerDirectoryLoader.Load(path, text);
            Assert.Null(directory);
            Assert.Equal("TG1004", Assert.Single(problems).Id);
        }
    }
}
