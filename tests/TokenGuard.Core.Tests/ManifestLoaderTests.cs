using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class ManifestLoaderTests
    {
        internal const string Valid =
            "version: 1\n" +
            "tokens:\n" +
            "  - id: stripe-checkout\n" +
            "    description: Charges cards at checkout\n" +
            "    owner: team:payments\n" +
            "    steward: user:alice\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: 2027-01-10\n" +
            "    rotation: 1y\n" +
            "    environments: [production]\n" +
            "    usages:\n" +
            "      - env: STRIPE_API_KEY\n" +
            "      - config: Stripe:ApiKey\n" +
            "    provider:\n" +
            "      kind: github\n" +
            "      ref: \"12345\"\n";

        [Fact]
        public void Reads_every_field_and_keeps_positions()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", Valid);

            Assert.Empty(result.Diagnostics);
            ManifestEntry entry = Assert.Single(result.Manifest!.Entries);
            Assert.Equal("stripe-checkout", entry.Id);
            Assert.Equal("team:payments", entry.Owner);
            Assert.Equal("user:alice", entry.Steward);
            Assert.Equal("stripe", entry.System);
            Assert.Equal(new[] { "charges:write" }, entry.Scope);
            Assert.Equal(new System.DateTime(2026, 1, 10), entry.Created);
            Assert.Equal(new System.DateTime(2027, 1, 10), entry.Expires);
            Assert.Equal("1y", entry.Rotation);
            Assert.Equal(new[] { "production" }, entry.Environments);
            Assert.Equal(new[] { "env:STRIPE_API_KEY", "config:Stripe:ApiKey" }, entry.Usages.Select(u => u.Kind + ":" + u.Name));
            Assert.Equal("github", entry.ProviderKind);
            Assert.Equal("12345", entry.ProviderRef);

            Assert.Equal(3, entry.Location.Line);
            Assert.Equal(5, entry.Location.Column);
            Assert.Equal(10, entry.LocationOf(ManifestFields.Expires).Line);
            Assert.Equal(5, entry.LocationOf(ManifestFields.Expires).Column);
            Assert.Equal(14, entry.Usages[0].Location.Line);
        }

        [Fact]
        public void Syntax_error_is_TG1001_with_line_and_column()
        {
            string broken = "version: 1\ntokens:\n  - id: a\n    owner: [unclosed\n    system: x\n";
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", broken);

            Assert.Null(result.Manifest);
            ManifestDiagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal("TG1001", error.Id);
            Assert.Equal(ManifestSeverity.Error, error.Severity);
            Assert.True(error.Location.Line >= 4, error.ToString());
            Assert.True(error.Location.Column >= 1, error.ToString());
            Assert.DoesNotContain("   at ", error.Message);
        }

        [Fact]
        public void Tab_indentation_is_TG1001_not_an_exception()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", "tokens:\n\t- id: a\n");
            Assert.Equal("TG1001", Assert.Single(result.Diagnostics).Id);
        }

        [Theory]
        [InlineData("")]
        [InlineData("just a string")]
        [InlineData("- a\n- b\n")]
        public void Wrong_shape_is_TG1001(string text)
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", text);
            Assert.Contains(result.Diagnostics, d => d.Id == "TG1001");
        }

        [Fact]
        public void Binary_file_is_TG1001()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", "version: 1\0\0\u0001");
            Assert.Equal("TG1001", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void Huge_file_is_TG1001_without_parsing()
        {
            string huge = new string('#', ManifestLoader.MaxLength + 1);
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", huge);
            Assert.Contains("limit", Assert.Single(result.Diagnostics).Message);
        }

        [Fact]
        public void Unknown_field_is_TG1007_warning_with_a_suggestion()
        {
            string text = Valid.Replace("    rotation: 1y\n", "    expiers: 2027-01-10\n");
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", text);

            ManifestDiagnostic warning = Assert.Single(result.Diagnostics);
            Assert.Equal("TG1007", warning.Id);
            Assert.Equal(ManifestSeverity.Warning, warning.Severity);
            Assert.Equal(11, warning.Location.Line);
            Assert.Contains("did you mean 'expires'?", warning.Message);
        }

        [Theory]
        [InlineData("10/01/2027")]
        [InlineData("2027-13-01")]
        [InlineData("tomorrow")]
        [InlineData("2027-01-10T00:00:00Z")]
        public void Wrong_date_format_is_TG1005_at_the_value(string date)
        {
            string text = Valid.Replace("expires: 2027-01-10", "expires: " + date);
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", text);

            ManifestDiagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal("TG1005", error.Id);
            Assert.Equal(10, error.Location.Line);
            Assert.Equal(14, error.Location.Column);
            Assert.Contains("yyyy-MM-dd", error.Message);
        }

        [Fact]
        public void A_token_pasted_into_a_field_is_redacted_in_the_message()
        {
            string token = TestTokens.GitHubClassic(11);
            var diagnostics = ManifestLoader.Load("tokens.yaml", Valid.Replace("expires: 2027-01-10", "expires: " + token)).Diagnostics;
            Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.TokenValueInManifest);
            ManifestDiagnostic error = Assert.Single(diagnostics, d => d.Id == "TG1005");
            Assert.DoesNotContain(token, error.Message);
            Assert.Contains("ghp_…(sha256:", error.Message);
        }

        [Fact]
        public void Expires_never_is_recorded()
        {
            string text = Valid.Replace("expires: 2027-01-10", "expires: never");
            ManifestEntry entry = Assert.Single(ManifestLoader.Load("tokens.yaml", text).Manifest!.Entries);
            Assert.True(entry.NeverExpires);
            Assert.Null(entry.Expires);
        }

        [Fact]
        public void Unknown_usage_kind_is_TG1007()
        {
            string text = Valid.Replace("- env: STRIPE_API_KEY", "- evn: STRIPE_API_KEY");
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", text);
            ManifestDiagnostic warning = Assert.Single(result.Diagnostics);
            Assert.Equal("TG1007", warning.Id);
            Assert.Contains("'env'", warning.Message);
        }

        [Fact]
        public void Wrong_version_is_TG1005()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", Valid.Replace("version: 1", "version: 2"));
            Assert.Equal("TG1005", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void Empty_token_list_is_valid()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", "version: 1\ntokens: []\n");
            Assert.Empty(result.Diagnostics);
            Assert.Empty(result.Manifest!.Entries);
        }

        [Fact]
        public void Sinks_are_read_in_the_credential_sinks_syntax_and_malformed_items_are_TG1005()
        {
            string text = "version: 1\ntokens: []\nsinks:\n  - Acme.Client..ctor(apiKey)\n  - Acme.Api.Login(password)\n  - nonsense\n";
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", text);
            Assert.Equal(new[] { "Acme.Client|.ctor|apiKey", "Acme.Api|Login|password" }, result.Manifest!.Sinks.Select(s => s.TypeName + "|" + s.MemberName + "|" + s.ParameterName));
            ManifestDiagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal("TG1005", error.Id);
            Assert.Equal(6, error.Location.Line);
            Assert.Contains("'nonsense'", error.Message);
        }
    }
}
