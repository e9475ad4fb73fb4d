using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>GitLab's personal (admin) and project access token listings: the same record, project tokens add access_level.</summary>
    internal static class GitLabExports
    {
        public const string Provider = "gitlab";

        private static readonly ExportShape AccessToken = new ExportShape(
            "GitLab access token", new[] { "id", "name" },
            "revoked", "created_at", "description", "scopes", "user_id", "last_used_at", "active", "expires_at", "access_level", "last_used_ips");

        public static IEnumerable<LiveToken> Read(string path, ExportReadOptions options) =>
            ExportFile.Open(path).Records(null, AccessToken, options).Select(FromRecord);

        private static LiveToken FromRecord(ExportRecord record)
        {
            bool project = record.Element.TryGetProperty("access_level", out _);
            string? user = record.Id("user_id");
            var token = new LiveToken(Provider, project ? "project access token" : "personal access token", record.Where("id"))
            {
                Ref = record.Id("id"),
                Name = record.Sourced("name"),
                Owner = user is null ? null : new Sourced<string>("user_id " + user, record.Where("user_id")),
                Created = record.Date("created_at"),
                Expires = record.Date("expires_at"),
                LastUsed = record.Date("last_used_at"),
                Active = record.Bool("active") != false && record.Bool("revoked") != true,
            };
            token.Scopes.AddRange(record.Strings("scopes"));
            return token;
        }
    }
}
