using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Microsoft Graph <c>GET /v1.0/users</c> (one page: <c>{ "value": [ … ] }</c>): <c>accountEnabled</c> false,
    /// a past <c>employeeLeaveDateTime</c> or a set <c>deletedDateTime</c> mean departed (with that date).
    /// More pages (<c>@odata.nextLink</c>) are not followed: pass each page as another export.
    /// </summary>
    internal static class EntraUsersReader
    {
        public const string Kind = "Entra ID users (Microsoft Graph)";

        public static bool Recognises(JsonExport export) =>
            export.RootHasArray("value") && (export.FirstRecord("value") is null || (export.FirstRecord("value") is JsonElement first && JsonExport.Has(first, "userPrincipalName")));

        public static IReadOnlyList<DirectoryPerson> Read(JsonExport export, DateTime today, List<string> warnings)
        {
            if (JsonExport.String(export.Root, "@odata.nextLink", line: 1) != null)
                warnings.Add("the export has more pages (@odata.nextLink): pass every page as another owners export, or people on the other pages are unknown");
            var people = new List<DirectoryPerson>();
            foreach (var (record, line) in export.Records("value"))
            {
                string? id = JsonExport.String(record, "id", line);
                DateTime? deleted = DirectoryIdentity.Day(JsonExport.String(record, "deletedDateTime", line), line, "deletedDateTime");
                var (identities, principal) = EntraIdentity.Of(JsonExport.String(record, "userPrincipalName", line), JsonExport.String(record, "mail", line), id, deleted != null);
                DateTime? leave = DirectoryIdentity.Day(JsonExport.String(record, "employeeLeaveDateTime", line), line, "employeeLeaveDateTime");
                bool? enabled = JsonExport.Boolean(record, "accountEnabled", line);
                if (deleted != null)
                    people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, "deleted", deleted));
                else if (enabled is null)
                    throw new OwnerExportException(line, "an Entra ID user without 'accountEnabled': export with $select=id,userPrincipalName,mail,accountEnabled,employeeLeaveDateTime");
                else if (enabled == false)
                    people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, "disabled (accountEnabled false)", leave));
                else if (leave != null && leave <= today)
                    people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, "employeeLeaveDateTime passed", leave));
                else
                    people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Active, "enabled"));
            }

            return people;
        }
    }
}
