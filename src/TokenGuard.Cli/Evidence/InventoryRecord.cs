using System.Collections.Generic;
using System.Text.Json;
using TokenGuard.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>One token as one repository/project declared it in the store, with the record it came from.</summary>
    internal sealed class InventoryRecord
    {
        private InventoryRecord(InventoryToken token, StoredSource source)
        {
            Token = token;
            Source = source;
        }

        public InventoryToken Token { get; }

        public StoredSource Source { get; }

        public string Id => Token.Id ?? Token.ProviderRef ?? "(no id)";

        public string System => Token.System ?? Token.ProviderKind ?? "(no system)";

        /// <summary>The source record, as an auditor traces it: <c>contoso/payments@3f2c1a9 Api tokens.yaml:12</c>.</summary>
        public string Provenance =>
            $"{Source.Repository}@{(Source.Commit is null ? "(no commit)" : Source.Commit.Length > 12 ? Source.Commit.Substring(0, 12) : Source.Commit)} {Source.Project} {Source.Manifest ?? "tokens.yaml"}:{Token.ManifestLine}";

        /// <summary>The fields every token must have (the auditor's sample test), in the report's order; purpose is the description.</summary>
        public IEnumerable<(string Field, string? Value)> RequiredFields()
        {
            yield return ("owner", Blank(Token.Owner));
            yield return ("scope", Token.Scope.Count == 0 ? null : string.Join(", ", Token.Scope));
            yield return ("system", Blank(Token.System));
            yield return ("created", Blank(Token.Created));
            yield return ("expiry", Blank(Token.Expires));
            yield return ("purpose", Blank(Token.Description));
        }

        public static readonly IReadOnlyList<string> RequiredFieldNames = new[] { "owner", "scope", "system", "created", "expiry", "purpose" };

        public static InventoryRecord Of(StoredSource source)
        {
            using JsonDocument fields = JsonDocument.Parse(source.Fields);
            return new InventoryRecord(InventoryTokenJson.Read(fields.RootElement), source);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
