using System.Collections.Generic;
using System.Text.Json;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// GitHub <c>GET /orgs/{org}/members</c> or <c>/outside_collaborators</c>: a list of accounts, each listed one present
    /// (as <c>user:&lt;login&gt;</c> unless the owner map says otherwise). Absence says nothing on its own: a person
    /// another export knows is judged there, one no export knows is unknown.
    /// </summary>
    internal static class GitHubMembersReader
    {
        public const string Kind = "GitHub organisation members or outside collaborators";

        public static bool Recognises(JsonExport export) =>
            export.RootIsArray && export.FirstRecord(null) is JsonElement first && JsonExport.Has(first, "login")
            && (JsonExport.Has(first, "node_id") || JsonExport.Has(first, "html_url") || JsonExport.Has(first, "type"));

        public static IReadOnlyList<DirectoryPerson> Read(JsonExport export)
        {
            var people = new List<DirectoryPerson>();
            foreach (var (record, line) in export.Records(null))
            {
                string login = JsonExport.String(record, "login", line) ?? throw new OwnerExportException(line, "a GitHub account without 'login'");
                var identities = new List<string> { login.Trim() };
                if (JsonExport.String(record, "id", line) is string id) identities.Add(id);
                people.Add(new DirectoryPerson(line, identities, "user:" + login.Trim(), OwnerStanding.Active, "listed"));
            }

            return people;
        }
    }
}
