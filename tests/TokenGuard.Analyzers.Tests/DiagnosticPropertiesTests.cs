using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenGuard.Analyzers;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>What each diagnostic carries as properties: code fixes and the inventory task read these, never messages.</summary>
    public class DiagnosticPropertiesTests
    {
        private static readonly (string, string) Manifest = ("/0/tokens.yaml", Manifests.Stripe);

        [Fact]
        public async Task Hard_coded_known_token_carries_its_rule_prefix_length_fingerprint_and_redacted_form_never_the_token()
        {
            string token = TestTokens.GitHubClassic();
            TokenFinding finding = Assert.Single(TokenScanner.Default.Scan(token));

            ImmutableArray<Diagnostic> reported = await ReportedDiagnostics.GetAsync(new HardCodedTokenAnalyzer(), "class C { string t = \"" + token + "\"; }", Manifest);

            Diagnostic diagnostic = ReportedDiagnostics.Single(reported, DiagnosticIds.HardCodedKnownToken);
            Assert.Equal(
                new[] { "Fingerprint=" + finding.Fingerprint, "KnownPrefixLength=4", "Redacted=" + finding.Redacted, "RuleId=" + finding.Rule.Id },
                ReportedDiagnostics.PropertiesOf(diagnostic));
            Assert.DoesNotContain(diagnostic.Properties.Values, v => v!.Contains(token));
        }

        [Fact]
        public async Task Hard_coded_credential_carries_its_fingerprint_and_redacted_form_never_the_secret()
        {
            string secret = TestTokens.Random(TestTokens.Alphanumeric, 32, 41);

            ImmutableArray<Diagnostic> reported = await ReportedDiagnostics.GetAsync(new HardCodedTokenAnalyzer(), "class C { string ApiKey = \"" + secret + "\"; }", Manifest);

            Diagnostic diagnostic = ReportedDiagnostics.Single(reported, DiagnosticIds.HardCodedLikelySecret);
            Assert.Equal(
                new[] { "Fingerprint=" + Redaction.Fingerprint(secret), "Redacted=" + Redaction.Redact(secret) },
                ReportedDiagnostics.PropertiesOf(diagnostic));
        }

        [Fact]
        public async Task Unregistered_reads_carry_the_usage_kind_name_and_whether_the_section_path_is_known()
        {
            string source = Stubs.ConfigurationUsings +
                "class C {\n" +
                "  string? A() => System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\n" +
                "  string? B(IConfiguration c) => c[\"SendGrid:ApiKey\"];\n" +
                "  string? D(IConfigurationSection s) => s[\"WebhookSecret\"];\n" +
                "}\n" + Stubs.Configuration;

            ImmutableArray<Diagnostic> reported = await ReportedDiagnostics.GetAsync(new UnregisteredUsageAnalyzer(), source, Manifest);

            Assert.Equal(
                new[]
                {
                    "PrefixKnown=true UsageKind=env UsageName=GITHUB_TOKEN",
                    "PrefixKnown=true UsageKind=config UsageName=SendGrid:ApiKey",
                    "PrefixKnown=false UsageKind=config UsageName=WebhookSecret",
                },
                reported.Where(d => d.Id == DiagnosticIds.UnregisteredUsage).OrderBy(d => d.Location.SourceSpan.Start).Select(d => string.Join(" ", ReportedDiagnostics.PropertiesOf(d))));
        }

        [Fact]
        public async Task Registered_reads_carry_the_token_id_and_usage_and_unused_entries_their_token_id()
        {
            string manifest = Manifests.Stripe +
                "  - id: legacy-ftp\n    owner: team:ops\n    system: ftp\n    scope: [read]\n    created: 2026-01-01\n    expires: 2026-12-01\n    usages:\n      - env: FTP_PASSWORD\n";

            ImmutableArray<Diagnostic> reported = await ReportedDiagnostics.GetAsync(
                new UnregisteredUsageAnalyzer(), "class C { string? M() => System.Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\"); }", ("/0/tokens.yaml", manifest));

            Assert.Equal(
                new[] { "PrefixKnown=true", "TokenId=stripe-checkout", "UsageKind=env", "UsageName=STRIPE_API_KEY" },
                ReportedDiagnostics.PropertiesOf(ReportedDiagnostics.Single(reported, DiagnosticIds.TokenUsageLocated)));
            Assert.Equal(new[] { "TokenId=legacy-ftp" }, ReportedDiagnostics.PropertiesOf(ReportedDiagnostics.Single(reported, DiagnosticIds.UnusedManifestEntry)));
        }

        [Fact]
        public async Task Settings_diagnostics_carry_the_setting_as_a_configuration_usage()
        {
            string token = TestTokens.GitHubClassic();
            TokenFinding finding = Assert.Single(TokenScanner.Default.Scan(token));
            string password = TestTokens.Random(TestTokens.Alphanumeric, 14, 8);
            string json = "{ \"GitHub\": { \"Token\": \"" + token + "\" }, \"Db\": { \"Password\": \"" + password + "\" }, \"SendGrid\": { \"ApiKey\": \"\" }, \"Stripe\": { \"ApiKey\": \"\" } }";

            ImmutableArray<Diagnostic> reported = await ReportedDiagnostics.GetAsync(new AppSettingsAnalyzer(), "class C { }", Manifest, ("/0/appsettings.json", json));

            string[] Of(string id, string name) => ReportedDiagnostics.PropertiesOf(Assert.Single(reported, d => d.Id == id && d.Properties[DiagnosticProperties.UsageName] == name));
            const string Config = "UsageKind=config";
            Assert.Equal(
                new[] { "Fingerprint=" + finding.Fingerprint, "KnownPrefixLength=4", "PrefixKnown=true", "Redacted=" + finding.Redacted, "RuleId=" + finding.Rule.Id, Config, "UsageName=GitHub:Token" },
                Of(DiagnosticIds.AppSettingsTokenValue, "GitHub:Token"));
            Assert.Equal(
                new[] { "Fingerprint=" + Redaction.Fingerprint(password), "PrefixKnown=true", "Redacted=" + Redaction.Redact(password), Config, "UsageName=Db:Password" },
                Of(DiagnosticIds.AppSettingsTokenValue, "Db:Password"));
            Assert.Equal(new[] { "PrefixKnown=true", Config, "UsageName=SendGrid:ApiKey" }, Of(DiagnosticIds.AppSettingsUnregisteredKey, "SendGrid:ApiKey"));
            Assert.Equal(new[] { "PrefixKnown=true", "TokenId=stripe-checkout", Config, "UsageName=Stripe:ApiKey" }, Of(DiagnosticIds.TokenUsageLocated, "Stripe:ApiKey"));
            Assert.DoesNotContain(reported.SelectMany(d => d.Properties.Values), v => v!.Contains(token) || v.Contains(password));
        }
    }
}
