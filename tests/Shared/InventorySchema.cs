using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace TokenGuard.Tests
{
    /// <summary>Validates inventory artifacts against the JSON Schema the package ships.</summary>
    public static class InventorySchema
    {
        private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "docs", "tokenguard-inventory.schema.json"))));

        private static readonly Lazy<JsonSchema> CycloneDx = new Lazy<JsonSchema>(() =>
        {
            // bom-1.6 refers to its companions by $id; register them so the references resolve offline.
            SchemaRegistry.Global.Register(JsonSchema.FromFile(SharedSchema("spdx.schema.json")));
            SchemaRegistry.Global.Register(JsonSchema.FromFile(SharedSchema("jsf-0.82.schema.json")));
            return JsonSchema.FromFile(SharedSchema("bom-1.6.schema.json"));
        });

        // The OASIS SARIF schema is draft-04, which JsonSchema.Net does not read; its keywords used here
        // mean the same in draft-07 once the root "id" is spelt "$id".
        private static readonly Lazy<JsonSchema> Sarif = new Lazy<JsonSchema>(() =>
        {
            var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SharedSchema("sarif-schema-2.1.0.json")))!.AsObject();
            schema["$schema"] = "http://json-schema.org/draft-07/schema#";
            schema["$id"] = schema["id"]!.GetValue<string>();
            schema.Remove("id");
            return JsonSchema.FromText(schema.ToJsonString());
        });

        public static void AssertValid(string json) => AssertValid(json, Schema.Value, "docs/tokenguard-inventory.schema.json");

        public static void AssertValidCycloneDx(string json) => AssertValid(json, CycloneDx.Value, "CycloneDX 1.6");

        public static void AssertValidSarif(string json) => AssertValid(json, Sarif.Value, "SARIF 2.1.0");

        private static void AssertValid(string json, JsonSchema schema, string name)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            string errors = string.Join("\n", (results.Details ?? Array.Empty<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
            Assert.True(results.IsValid, "document does not match " + name + ":\n" + errors + "\n" + json);
        }

        /// <summary>The standard schemas kept in tests/schemas.</summary>
        private static string SharedSchema(string name) => Path.Combine(TestPaths.RepositoryRoot(), "tests", "schemas", name);
    }
}
