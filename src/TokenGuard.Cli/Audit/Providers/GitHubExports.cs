using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>
    /// GitHub's REST listings: fine-grained PATs granted to an organisation, SAML credential authorizations
    /// (classic PATs and SSH keys) and a repository's deploy keys; recognised by their join id.
    /// </summary>
    internal static class GitHubExports
    {
        public const string Provider = "github";

        private static readonly ExportShape PatGrant = new ExportShape(
            "GitHub personal-access-token grant", new[] { "token_id" },
            "id", "owner", "repository_selection", "repositories_url", "permissions", "access_granted_at",
            "token_name", "token_expired", "token_expires_at", "token_last_used_at");

        private static readonly ExportShape CredentialAuthorization = new ExportShape(
            "GitHub credential authorization", new[] { "credential_id", "login" },
            "credential_type", "token_last_eight", "credential_authorized_at", "credential_accessed_at", "authorized_credential_id",
            "authorized_credential_note", "authorized_credential_title", "authorized_credential_expires_at", "scopes", "fingerprint");

        private static readonly ExportShape DeployKey = new ExportShape(
            "GitHub deploy key", new[] { "id", "key" },
            "url", "title", "verified", "created_at", "read_only", "added_by", "last_used", "enabled");

        public static IEnumerable<LiveToken> Read(string path, ExportReadOptions options)
        {
            ExportFile file = ExportFile.Open(path);
            if (file.FirstRecordHas(null, "token_id")) return file.Records(null, PatGrant, options).Select(FromGrant);
            if (file.FirstRecordHas(null, "credential_id")) return file.Records(null, CredentialAuthorization, options).Select(FromAuthorization);
            if (file.FirstRecordHas(null, "key")) return file.Records(null, DeployKey, options).Select(FromDeployKey);
            if (file.Root.ValueKind == JsonValueKind.Array && file.Root.GetArrayLength() == 0) return Enumerable.Empty<LiveToken>();
            throw new InputFileException(path, 1,
                "not a GitHub export this version reads: expected GET /orgs/{org}/personal-access-tokens, /orgs/{org}/credential-authorizations or /repos/{owner}/{repo}/keys");
        }

        private static LiveToken FromGrant(ExportRecord record)
        {
            var token = new LiveToken(Provider, "fine-grained PAT", record.Where("token_id"))
            {
                Ref = record.Id("token_id"),
                Name = record.Sourced("token_name"),
                KnownSince = record.Date("access_granted_at"),
                Expires = record.Date("token_expires_at"),
                LastUsed = record.Date("token_last_used_at"),
                ExpiredAtProvider = record.Bool("token_expired") == true,
            };
            JsonElement? owner = record.Object("owner");
            if (owner?.TryGetProperty("login", out JsonElement login) == true && login.ValueKind == JsonValueKind.String)
                token.Owner = new Sourced<string>(login.GetString()!, record.Where("owner.login"));
            token.Notes.Add("GitHub grants carry no creation date (access_granted_at is when the organisation approved it)");
            JsonElement? permissions = record.Object("permissions");
            if (permissions != null) token.Scopes.AddRange(Permissions(permissions.Value));
            return token;
        }

        private static IEnumerable<string> Permissions(JsonElement permissions) =>
            from area in permissions.EnumerateObject()
            where area.Value.ValueKind == JsonValueKind.Object
            from permission in area.Value.EnumerateObject()
            select $"{area.Name}:{permission.Name}:{permission.Value}";

        private static LiveToken FromAuthorization(ExportRecord record)
        {
            var token = new LiveToken(Provider, record.String("credential_type") ?? "credential", record.Where("credential_id"))
            {
                Ref = record.Id("credential_id"),
                Name = record.Sourced("authorized_credential_note") ?? record.Sourced("authorized_credential_title"),
                Owner = record.Sourced("login"),
                LastEight = record.String("token_last_eight"),
                KnownSince = record.Date("credential_authorized_at"),
                Expires = record.Date("authorized_credential_expires_at"),
                LastUsed = record.Date("credential_accessed_at"),
            };
            token.Scopes.AddRange(record.Strings("scopes"));
            token.Notes.Add("credential authorizations carry no creation date (credential_authorized_at is the SSO authorization)");
            return token;
        }

        private static LiveToken FromDeployKey(ExportRecord record)
        {
            var token = new LiveToken(Provider, "deploy key", record.Where("id"))
            {
                Ref = record.Id("id"),
                Name = record.Sourced("title"),
                Owner = record.Sourced("added_by"),
                Created = record.Date("created_at"),
                LastUsed = record.Date("last_used"),
                Active = record.Bool("enabled") != false,
            };
            token.Scopes.Add(record.Bool("read_only") == false ? "read-write" : "read-only");
            token.Notes.Add("deploy keys do not expire");
            return token;
        }
    }
}
