using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>
    /// Azure DevOps PAT listings: the caller's own (<c>_apis/tokens/pats</c>, under <c>patTokens</c>) and the
    /// admin view per user (<c>_apis/tokenadmin/personalaccesstokens</c>, under <c>value</c>). Neither reports last use.
    /// </summary>
    internal static class AzureDevOpsExports
    {
        public const string Provider = "azure-devops";

        private static readonly string[] PatFields = { "displayName", "validFrom", "validTo", "scope", "targetAccounts", "token" };

        private static readonly ExportShape Pat = new ExportShape("Azure DevOps PAT", new[] { "authorizationId" }, PatFields);

        private static readonly ExportShape AdminPat = new ExportShape(
            "Azure DevOps token admin PAT", new[] { "authorizationId" },
            PatFields.Concat(new[] { "clientId", "accessId", "hostAuthorizationId", "userId", "alternateToken", "isValid", "isPublic", "publicData", "source", "claims" }).ToArray());

        public static IEnumerable<LiveToken> Read(string path, ExportReadOptions options)
        {
            ExportFile file = ExportFile.Open(path);
            if (file.RootHas("patTokens")) return file.Records("patTokens", Pat, options, "continuationToken").Select(FromRecord);
            if (file.RootHas("value")) return file.Records("value", AdminPat, options, "continuationToken", "count").Select(FromRecord);
            throw new InputFileException(path, 1, "not an Azure DevOps PAT export: expected 'patTokens' (_apis/tokens/pats) or 'value' (_apis/tokenadmin/personalaccesstokens)");
        }

        private static LiveToken FromRecord(ExportRecord record)
        {
            var token = new LiveToken(Provider, "PAT", record.Where("authorizationId"))
            {
                Ref = record.Id("authorizationId"),
                Name = record.Sourced("displayName"),
                Owner = record.Sourced("userId"),
                Created = record.Date("validFrom"),
                Expires = record.Date("validTo"),
                Active = record.Bool("isValid") != false,
            };
            string? scope = record.String("scope");
            if (scope != null) token.Scopes.AddRange(scope.Split(' ').Where(s => s.Length > 0));
            token.Notes.Add("Azure DevOps reports no last use");
            return token;
        }
    }
}
