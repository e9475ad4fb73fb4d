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
            JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "tokenguard-inventory.schema.json"))));

        public static void AssertValid(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            string errors = string.Join("\n", (results.Details ?? Array.Empty<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
            Assert.True(results.IsValid, "inventory does not match docs/tokenguard-inventory.schema.json:\n" + errors + "\n" + json);
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TokenGuard.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("TokenGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
