using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Okta <c>GET /api/v1/users</c>: ACTIVE, PASSWORD_EXPIRED, LOCKED_OUT and RECOVERY are employed; SUSPENDED and
    /// DEPROVISIONED departed on <c>statusChanged</c>; STAGED and PROVISIONED not yet active (no token should be theirs
    /// yet, unless another directory calls them active). Identity: <c>profile.login</c>, <c>profile.email</c>, <c>id</c>.
    /// </summary>
    internal static class OktaUsersReader
    {
        public const string Kind = "Okta users";

        public static bool Recognises(JsonExport export) =>
            export.RootIsArray && export.FirstRecord(null) is JsonElement first && JsonExport.Has(first, "status") && JsonExport.Property(first, "profile")?.ValueKind == JsonValueKind.Object;

        public static IReadOnlyList<DirectoryPerson> Read(JsonExport export)
        {
            var people = new List<DirectoryPerson>();
            foreach (var (record, line) in export.Records(null))
            {
                string status = JsonExport.String(record, "status", line) ?? throw new OwnerExportException(line, "an Okta user without 'status'");
                JsonElement profile = JsonExport.Property(record, "profile") is JsonElement p && p.ValueKind == JsonValueKind.Object
                    ? p : throw new OwnerExportException(line, "an Okta user without a 'profile' object");
                string? login = JsonExport.String(profile, "login", line);
                var identities = new List<string>();
                foreach (string? name in new[] { login, JsonExport.String(profile, "email", line), JsonExport.String(record, "id", line) })
                {
                    if (!string.IsNullOrWhiteSpace(name)) identities.Add(name!.Trim());
                }

                string? principal = DirectoryIdentity.PrincipalOf(login ?? JsonExport.String(profile, "email", line));
                switch (status.ToUpperInvariant())
                {
                    case "ACTIVE":
                    case "PASSWORD_EXPIRED":
                    case "LOCKED_OUT":
                    case "RECOVERY":
                        people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Active, status));
                        break;
                    case "SUSPENDED":
                    case "DEPROVISIONED":
                        people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.Departed, status,
                            DirectoryIdentity.Day(JsonExport.String(record, "statusChanged", line), line, "statusChanged")));
                        break;
                    case "STAGED":
                    case "PROVISIONED":
                        people.Add(new DirectoryPerson(line, identities, principal, OwnerStanding.NotYetActive, status));
                        break;
                    default:
                        throw new OwnerExportException(line, "unknown Okta status (expected ACTIVE, PASSWORD_EXPIRED, LOCKED_OUT, RECOVERY, SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED)");
                }
            }

            return people;
        }
    }
}
