using System.Linq;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class InventoryFormatsTests
    {
        private static readonly InventoryContext Context = new InventoryContext { ToolVersion = "1.2.3", Project = "Shop", GeneratedAt = "2026-06-01", ManifestPath = "tokens.yaml" };

        private static TokenManifest Manifest(string yaml = ManifestLoaderTests.Valid) => ManifestLoader.Load("tokens.yaml", yaml).Manifest!;

        [Fact]
        public void Formats_parse_case_insensitively_and_report_unknown_names()
        {
            InventoryFormat formats = InventoryFormats.Parse(" JSON; csv,CycloneDX;sarif;xml ", out var unknown);
            Assert.Equal(InventoryFormat.Json | InventoryFormat.Csv | InventoryFormat.CycloneDx | InventoryFormat.Sarif, formats);
            Assert.Equal(new[] { "xml" }, unknown);
            Assert.Equal(InventoryFormat.Json, InventoryFormats.Parse("", out _));
            Assert.Equal("tokenguard-inventory.cdx.json", InventoryFormats.FileName(InventoryFormat.CycloneDx));
        }

        [Fact]
        public void Csv_has_a_header_and_one_row_per_token()
        {
            string[] lines = CsvInventoryWriter.Write(Manifest(), Context).Split('\n');
            Assert.StartsWith("id,description,owner,steward,system,scope,created,expires", lines[0]);
            Assert.Equal("stripe-checkout,Charges cards at checkout,team:payments,user:alice,stripe,charges:write,2026-01-10,2027-01-10,1y,production,config:Stripe:ApiKey;env:STRIPE_API_KEY,github,12345,Shop,tokens.yaml,3", lines[1]);
            Assert.Equal("", lines[2]);
        }

        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("a,b", "\"a,b\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
        [InlineData("+1", "'+1")]
        [InlineData("@SUM(A1)", "'@SUM(A1)")]
        [InlineData("line\nbreak", "\"line\nbreak\"")]
        public void Csv_cells_are_quoted_and_guarded_against_formula_injection(string value, string expected) =>
            Assert.Equal(expected, CsvInventoryWriter.Cell(value));

        [Fact]
        public void CycloneDx_is_a_valid_1_6_bom_of_cryptographic_assets_and_deterministic()
        {
            string bom = CycloneDxInventoryWriter.Write(Manifest(), Context);
            InventorySchema.AssertValidCycloneDx(bom);
            Assert.Equal(bom, CycloneDxInventoryWriter.Write(Manifest(), Context));
            Assert.Contains("\"assetType\": \"related-crypto-material\"", bom);
            Assert.Contains("\"type\": \"cryptographic-asset\"", bom);
            Assert.Contains("\"expirationDate\": \"2027-01-10T00:00:00Z\"", bom);
            Assert.Contains("\"name\": \"tokenguard:owner\"", bom);
            Assert.NotEqual(bom, CycloneDxInventoryWriter.Write(Manifest(ManifestLoaderTests.Valid.Replace("team:payments", "team:billing")), Context));
        }

        [Fact]
        public void Sarif_is_valid_2_1_0_with_rules_levels_and_positions()
        {
            TokenManifest manifest = Manifest(ManifestLoaderTests.Valid.Replace("expires: 2027-01-10", "expires: 2026-05-01").Replace("owner: team:payments", "owner: nobody"));
            var diagnostics = new ManifestValidator(new System.DateTime(2026, 6, 1), 30).Validate(manifest);
            string sarif = SarifFindingsWriter.Write("config/tokens.yaml", diagnostics, Context);
            InventorySchema.AssertValidSarif(sarif);
            Assert.Contains("\"ruleId\": \"TG1002\"", sarif);
            Assert.Contains("\"ruleId\": \"TG1004\"", sarif);
            Assert.Contains("\"uri\": \"config/tokens.yaml\"", sarif);
            Assert.Contains("\"helpUri\": \"https://github.com/tokenguard/tokenguard/blob/main/docs/rules/TG1002.md\"", sarif);
            Assert.Equal(2, sarif.Split("\"level\": \"error\"").Length - 1);
        }

        [Fact]
        public void Schema_checks_are_not_vacuous()
        {
            string sarif = SarifFindingsWriter.Write("tokens.yaml", new ManifestValidator(new System.DateTime(2030, 1, 1), 30).Validate(Manifest()), Context);
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => InventorySchema.AssertValidSarif(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"")));
            string bom = CycloneDxInventoryWriter.Write(Manifest(), Context);
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => InventorySchema.AssertValidCycloneDx(bom.Replace("\"cryptographic-asset\"", "\"secret\"")));
        }

        [Fact]
        public void Empty_sarif_is_still_valid()
        {
            InventorySchema.AssertValidSarif(SarifFindingsWriter.Write("tokens.yaml", Enumerable.Empty<ManifestDiagnostic>(), Context));
        }
    }
}
