using System;
using System.Collections.Generic;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class ManifestValidatorTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 1);

        private static IReadOnlyList<ManifestDiagnostic> Validate(string yaml, int warningDays = 30)
        {
            ManifestLoadResult loaded = ManifestLoader.Load("tokens.yaml", yaml);
            Assert.NotNull(loaded.Manifest);
            return loaded.Diagnostics.Concat(new ManifestValidator(Today, warningDays).Validate(loaded.Manifest!)).ToList();
        }

        [Fact]
        public void Valid_entry_has_no_diagnostics() => Assert.Empty(Validate(ManifestLoaderTests.Valid));

        [Fact]
        public void Expired_entry_is_TG1002_at_the_expires_line()
        {
            var diagnostics = Validate(ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: 2026-05-31"));
            ManifestDiagnostic error = Assert.Single(diagnostics);
            Assert.Equal("TG1002", error.Id);
            Assert.Equal(ManifestSeverity.Error, error.Severity);
            Assert.Equal(10, error.Location.Line);
            Assert.Contains("stripe-checkout", error.Message);
            Assert.Contains("2026-05-31", error.Message);
        }

        [Theory]
        [InlineData("2026-06-01", "TG1002")] // expires today: no longer valid
        [InlineData("2026-06-02", "TG1003")] // tomorrow: warn
        [InlineData("2026-07-01", "TG1003")] // exactly 30 days
        public void Expiry_boundaries(string expires, string id)
        {
            var diagnostics = Validate(ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: " + expires));
            Assert.Equal(id, Assert.Single(diagnostics).Id);
        }

        [Fact]
        public void Thirty_one_days_out_is_fine()
        {
            Assert.Empty(Validate(ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: 2026-07-02")));
        }

        [Fact]
        public void Expiring_soon_is_a_warning_with_days_left()
        {
            ManifestDiagnostic warning = Assert.Single(Validate(ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: 2026-06-02")));
            Assert.Equal(ManifestSeverity.Warning, warning.Severity);
            Assert.Contains("in 1 day;", warning.Message);
        }

        [Theory]
        [InlineData("    owner: team:payments\n", "    owner:\n")]
        [InlineData("    owner: team:payments\n", "    owner: \"\"\n")]
        [InlineData("    owner: team:payments\n", "")]
        public void Missing_owner_is_TG1004(string from, string to)
        {
            ManifestDiagnostic error = Assert.Single(Validate(ManifestLoaderTests.Valid.Replace(from, to)));
            Assert.Equal("TG1004", error.Id);
            Assert.Contains("has no owner", error.Message);
        }

        [Fact]
        public void Owner_of_the_wrong_form_is_TG1004_at_its_line()
        {
            ManifestDiagnostic error = Assert.Single(Validate(ManifestLoaderTests.Valid.Replace("owner: team:payments", "owner: alice@example.com")));
            Assert.Equal("TG1004", error.Id);
            Assert.Equal(5, error.Location.Line);
        }

        [Theory]
        [InlineData("    system: stripe\n", "system")]
        [InlineData("    scope: [charges:write]\n", "scope")]
        [InlineData("    created: 2026-01-10\n", "created")]
        [InlineData("    expires: 2027-01-10\n", "expires")]
        public void Missing_required_field_is_TG1005(string line, string field)
        {
            ManifestDiagnostic error = Assert.Single(Validate(ManifestLoaderTests.Valid.Replace(line, "")));
            Assert.Equal("TG1005", error.Id);
            Assert.Contains("'" + field + "'", error.Message);
        }

        [Fact]
        public void Empty_scope_is_TG1005()
        {
            Assert.Equal("TG1005", Assert.Single(Validate(ManifestLoaderTests.Valid.Replace("[charges:write]", "[]"))).Id);
        }

        [Fact]
        public void Never_expiring_needs_a_justification()
        {
            string never = ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: never");
            Assert.Equal("TG1005", Assert.Single(Validate(never)).Id);
            Assert.Empty(Validate(never.Replace("    rotation: 1y\n", "    justification: legacy partner API without expiry\n")));
        }

        [Fact]
        public void Duplicate_id_is_TG1006_on_the_second_entry()
        {
            string entry = ManifestLoaderTests.Valid.Substring(ManifestLoaderTests.Valid.IndexOf("  - id:", StringComparison.Ordinal));
            var diagnostics = Validate(ManifestLoaderTests.Valid + entry);
            ManifestDiagnostic error = Assert.Single(diagnostics);
            Assert.Equal("TG1006", error.Id);
            Assert.Equal(19, error.Location.Line);
            Assert.Contains("line 3", error.Message);
        }

        [Fact]
        public void Bad_id_and_rotation_and_fingerprint_are_TG1005()
        {
            string text = ManifestLoaderTests.Valid
                .Replace("id: stripe-checkout", "id: Stripe_Checkout")
                .Replace("rotation: 1y", "rotation: quarterly")
                .Replace("    environments:", "    fingerprints: [" + TestTokens.StripeSecret() + "]\n    environments:");
            var diagnostics = Validate(text);
            Assert.Equal(3, diagnostics.Count(d => d.Id == "TG1005"));
            Assert.DoesNotContain(diagnostics, d => d.Message.Contains(TestTokens.StripeSecret()));
        }

        [Fact]
        public void Expiry_before_creation_is_TG1005()
        {
            Assert.Equal("TG1005", Assert.Single(Validate(ManifestLoaderTests.Valid.Replace("created: 2026-01-10", "created: 2027-02-01"))).Id);
        }
    }
}
