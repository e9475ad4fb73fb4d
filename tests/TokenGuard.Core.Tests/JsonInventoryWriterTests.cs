using System.Linq;
using System.Text.Json;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class JsonInventoryWriterTests
    {
        [Fact]
        public void Incomplete_entries_still_give_a_schema_valid_artifact()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", "version: 1\ntokens:\n  - owner: nobody\n    expires: never\n").Manifest!;
            InventorySchema.AssertValid(JsonInventoryWriter.Write(manifest, Context));
        }

        [Fact]
        public void A_token_pasted_as_a_fingerprint_never_reaches_the_artifact()
        {
            string pasted = TestTokens.StripeSecret(9);
            string good = Redaction.Fingerprint("public-test-key");
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid.Replace("    environments:", "    fingerprints: [" + pasted + ", " + good + "]\n    environments:")).Manifest!;
            string json = JsonInventoryWriter.Write(manifest, Context);
            Assert.DoesNotContain(pasted, json);
            Assert.Contains(good, json);
            Assert.DoesNotContain(pasted, CsvInventoryWriter.Write(manifest, Context));
            Assert.DoesNotContain(pasted, CycloneDxInventoryWriter.Write(manifest, Context));
        }

        [Fact]
        public void Schema_rejects_an_artifact_with_a_value_field()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!;
            string tampered = JsonInventoryWriter.Write(manifest, Context).Replace("\"system\":", "\"value\": \"x\", \"system\":");
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => InventorySchema.AssertValid(tampered));
        }

        private static readonly InventoryContext Context = new InventoryContext
        {
            ToolVersion = "1.2.3",
            Project = "Shop",
            GeneratedAt = "2026-06-01",
            ManifestPath = "tokens.yaml",
        };

        private static string SecondEntry => ManifestLoaderTests.Valid
            .Substring(ManifestLoaderTests.Valid.IndexOf("  - id:", System.StringComparison.Ordinal))
            .Replace("stripe-checkout", "github-release")
            .Replace("- env: STRIPE_API_KEY", "- env: GITHUB_TOKEN");

        [Fact]
        public void Writes_every_manifest_field_sorted_by_id()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid + SecondEntry).Manifest!;
            string written = JsonInventoryWriter.Write(manifest, Context);
            InventorySchema.AssertValid(written);
            using JsonDocument json = JsonDocument.Parse(written);
            JsonElement root = json.RootElement;

            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("1.2.3", root.GetProperty("toolVersion").GetString());
            Assert.Equal("Shop", root.GetProperty("project").GetString());
            Assert.Equal("2026-06-01", root.GetProperty("generatedAt").GetString());
            string[] ids = root.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();
            Assert.Equal(new[] { "github-release", "stripe-checkout" }, ids);

            JsonElement stripe = root.GetProperty("tokens")[1];
            Assert.Equal("team:payments", stripe.GetProperty("owner").GetString());
            Assert.Equal("stripe", stripe.GetProperty("system").GetString());
            Assert.Equal("charges:write", stripe.GetProperty("scope")[0].GetString());
            Assert.Equal("2026-01-10", stripe.GetProperty("created").GetString());
            Assert.Equal("2027-01-10", stripe.GetProperty("expires").GetString());
            Assert.Equal("Charges cards at checkout", stripe.GetProperty("description").GetString());
            Assert.Equal(2, stripe.GetProperty("usages").GetArrayLength());
            Assert.Equal("github", stripe.GetProperty("provider").GetProperty("kind").GetString());
            Assert.Equal(3, stripe.GetProperty("manifestLine").GetInt32());
        }

        [Fact]
        public void Usage_locations_are_listed_per_token_and_the_scope_can_narrow_to_used_tokens()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid + SecondEntry).Manifest!;
            var usages = new[]
            {
                new UsageLocation("stripe-checkout", "src/B.cs", 9),
                new UsageLocation("stripe-checkout", "src/A.cs", 4),
                new UsageLocation("stripe-checkout", "src/A.cs", 4),
            };

            string all = JsonInventoryWriter.Write(manifest, Context, usages);
            InventorySchema.AssertValid(all);
            using (JsonDocument json = JsonDocument.Parse(all))
            {
                JsonElement tokens = json.RootElement.GetProperty("tokens");
                Assert.Equal(2, tokens.GetArrayLength());
                Assert.Equal(0, tokens[0].GetProperty("usedAt").GetArrayLength());
                Assert.Equal(new[] { "Shop src/A.cs:4", "Shop src/B.cs:9" }, tokens[1].GetProperty("usedAt").EnumerateArray()
                    .Select(u => u.GetProperty("project").GetString() + " " + u.GetProperty("file").GetString() + ":" + u.GetProperty("line").GetInt32()));
            }

            string used = JsonInventoryWriter.Write(InventoryScope.UsedOnly(manifest, usages), Context, usages);
            InventorySchema.AssertValid(used);
            using JsonDocument narrowed = JsonDocument.Parse(used);
            Assert.Equal("stripe-checkout", Assert.Single(narrowed.RootElement.GetProperty("tokens").EnumerateArray()).GetProperty("id").GetString());
            Assert.Same(manifest, InventoryScope.UsedOnly(manifest, null));
        }

        [Fact]
        public void Same_input_gives_identical_bytes_with_unix_newlines()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!;
            string first = JsonInventoryWriter.Write(manifest, Context);
            string second = JsonInventoryWriter.Write(ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!, Context);
            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first);
            Assert.EndsWith("}\n", first);
        }

        [Fact]
        public void Without_a_date_the_artifact_has_no_timestamp()
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", ManifestLoaderTests.Valid).Manifest!;
            string json = JsonInventoryWriter.Write(manifest, new InventoryContext { ToolVersion = "1" });
            Assert.DoesNotContain("generatedAt", json);
            InventorySchema.AssertValid(json);
        }
    }
}
