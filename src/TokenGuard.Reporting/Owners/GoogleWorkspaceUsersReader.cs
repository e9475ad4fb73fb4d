using System.Collections.Generic;
using System.Text.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Google Workspace Admin SDK Directory API <c>users.list</c> (<c>{ "users": [ … ] }</c>): employed when neither
    /// <c>suspended</c> nor <c>archived</c>. The list carries no departure date (the Reports API audit log has it).
    /// </summary>
    internal static class GoogleWorkspaceUsersReader
    {
        public const string Kind = "Google Workspace users";

        public static bool Recognises(JsonExport export) =>
            export.RootHasArray("users") && (JsonExport.String(export.Root, "kind", 1) == "admin#directory#users"
                || export.FirstRecord("users") is JsonElement first && JsonExport.Has(first, "primaryEmail"));

        public static IReadOnlyList<DirectoryPerson> Read(JsonExport export)
        {
            var people = new List<DirectoryPerson>();
            foreach (var (record, line) in export.Records("users"))
            {
                string email = JsonExport.String(record, "primaryEmail", line) ?? throw new OwnerExportException(line, "a Google Workspace user without 'primaryEmail'");
                var identities = new List<string> { email.Trim() };
                if (JsonExport.String(record, "id", line) is string id) identities.Add(id);
                if (JsonExport.Property(record, "aliases") is JsonElement aliases && aliases.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement alias in aliases.EnumerateArray())
                    {
                        if (alias.ValueKind == JsonValueKind.String) identities.Add(alias.GetString()!);
                    }
                }

                bool suspended = JsonExport.Boolean(record, "suspended", line) == true;
                bool archived = JsonExport.Boolean(record, "archived", line) == true;
                string? principal = DirectoryIdentity.PrincipalOf(email);
                people.Add(suspended || archived
                    ? new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, suspended ? "suspended" : "archived")
                    : new DirectoryPerson(line, identities, principal, OwnerStanding.Active, "active"));
            }

            return people;
        }
    }
}
