using System.Collections.Generic;
using System.Text.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Microsoft Graph <c>GET /v1.0/directory/deletedItems/microsoft.graph.user</c>: every user in it is departed,
    /// on its <c>deletedDateTime</c>. Recognised by its <c>@odata.context</c> (directoryObjects/deletedItems) or a set <c>deletedDateTime</c>.
    /// </summary>
    internal static class EntraDeletedUsersReader
    {
        public const string Kind = "Entra ID deleted users (Microsoft Graph)";

        public static bool Recognises(JsonExport export)
        {
            if (!EntraUsersReader.Recognises(export)) return false;
            string context = JsonExport.Property(export.Root, "@odata.context") is JsonElement c && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            if (context.Contains("deletedItems") || context.Contains("#directoryObjects")) return true;
            return export.FirstRecord("value") is JsonElement first && JsonExport.Has(first, "deletedDateTime");
        }

        public static IReadOnlyList<DirectoryPerson> Read(JsonExport export)
        {
            var people = new List<DirectoryPerson>();
            foreach (var (record, line) in export.Records("value"))
            {
                string? id = JsonExport.String(record, "id", line);
                var (identities, principal) = EntraIdentity.Of(JsonExport.String(record, "userPrincipalName", line), JsonExport.String(record, "mail", line), id, deleted: true);
                people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, "deleted",
                    DirectoryIdentity.Day(JsonExport.String(record, "deletedDateTime", line), line, "deletedDateTime")));
            }

            return people;
        }
    }
}
