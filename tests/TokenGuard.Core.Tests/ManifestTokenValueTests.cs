using System.Text;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary>A token pasted into any field of tokens.yaml: TG1011 where it is, and never kept (issue 13).</summary>
    public class ManifestTokenValueTests
    {
        private static readonly string Token = TestTokens.GitHubClassic(seed: 41);

        private static string Entry(string description = "Charges cards", string reference = "12345", string id = "stripe-checkout",
            string owner = "team:payments", string expires = "2027-01-10", string fingerprint = "sha256:" + "ab") =>
            "version: 1\n" +
            "tokens:\n" +
            "  - id: " + id + "\n" +
            "    description: \"" + description + "\"\n" +
            "    owner: " + owner + "\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: " + expires + "\n" +
            "    fingerprints: [" + fingerprint + "]\n" +
            "    provider: { kind: github, ref: \"" + reference + "\" }\n";

        public static TheoryData<string, string, int> EveryField() => new TheoryData<string, string, int>
        {
            { "description", Entry(description: "was " + Token), 4 },
            { "provider.ref", Entry(reference: Token), 11 },
            { "id", Entry(id: Token), 3 },
            { "owner", Entry(owner: Token), 5 },
            { "expires", Entry(expires: Token), 9 },
            { "fingerprints", Entry(fingerprint: Token), 10 },
            { "a key", Entry() + "    " + Token + ": x\n", 12 },
        };

        [Theory]
        [MemberData(nameof(EveryField))]
        public void A_token_in_any_field_is_TG1011_at_its_line_and_is_never_kept(string field, string yaml, int line)
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", yaml);

            ManifestDiagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.TokenValueInManifest);
            Assert.Equal(ManifestSeverity.Error, diagnostic.Severity);
            Assert.True(line == diagnostic.Location.Line, $"{field}: expected line {line}, got {diagnostic.Location}");
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Token, d.Message));
            TokenManifest manifest = result.Manifest!;
            string everyArtifact = JsonInventoryWriter.Write(manifest, new InventoryContext())
                + CsvInventoryWriter.Write(manifest, new InventoryContext())
                + CycloneDxInventoryWriter.Write(manifest, new InventoryContext());
            Assert.DoesNotContain(Token, everyArtifact);
        }

        [Fact]
        public void The_value_is_kept_in_its_redacted_form()
        {
            ManifestEntry entry = Assert.Single(ManifestLoader.Load("tokens.yaml", Entry(description: "was " + Token)).Manifest!.Entries);

            Assert.Equal("was " + Redaction.Redact(Token, knownPrefixLength: 4), entry.Description);
        }

        [Fact]
        public void An_aws_access_key_id_may_be_the_provider_ref_but_is_still_redacted()
        {
            string keyId = TestTokens.AwsAccessKeyId(seed: 7);
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", Entry(reference: keyId));

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.TokenValueInManifest);
            Assert.DoesNotContain(keyId, JsonInventoryWriter.Write(result.Manifest!, new InventoryContext()));
        }

        [Fact]
        public void A_clean_manifest_is_unchanged()
        {
            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.TokenValueInManifest);
            Assert.Equal("Charges cards at checkout", result.Manifest!.Entries[0].Description);
        }

        [Theory]
        [InlineData("[", "]")]
        [InlineData("{a: ", "}")]
        [InlineData("- ", "")]
        public void Nesting_deeper_than_the_limit_is_TG1001_not_a_stack_overflow(string open, string close)
        {
            var yaml = new StringBuilder("version: 1\ntokens:\n  - id: x\n    scope: ");
            // Block nesting indents each level, so a few hundred levels already make a large file.
            int levels = open == "- " ? 500 : 20_000;
            for (int i = 0; i < levels; i++) yaml.Append(open == "- " ? "\n" + new string(' ', 6 + i * 2) + "- " : open);
            yaml.Append("a");
            for (int i = 0; i < levels; i++) yaml.Append(close);

            ManifestLoadResult result = ManifestLoader.Load("tokens.yaml", yaml.ToString());

            Assert.Null(result.Manifest);
            ManifestDiagnostic diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticIds.ManifestSyntaxError, diagnostic.Id);
            Assert.Contains("deeper than", diagnostic.Message);
            Assert.InRange(diagnostic.Location.Line, 4, 4 + YamlPrecheck.MaxDepth);
        }

        [Fact]
        public void Ordinary_nesting_is_fine()
        {
            Assert.Empty(ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Diagnostics);
            Assert.True(YamlPrecheck.MaxDepth >= 8);
        }
    }
}
