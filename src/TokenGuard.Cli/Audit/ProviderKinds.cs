using System;

namespace TokenGuard.Cli.Audit
{
    /// <summary>The manifest's <c>provider.kind</c> (or <c>system</c>) as the audit's provider names, whatever the spelling.</summary>
    internal static class ProviderKinds
    {
        public static string? Normalize(string? kind)
        {
            if (string.IsNullOrWhiteSpace(kind)) return null;
            string key = kind!.Trim().ToLowerInvariant().Replace(" ", "").Replace("-", "").Replace("_", "");
            switch (key)
            {
                case "github": return "github";
                case "gitlab": return "gitlab";
                case "aws": case "amazon": case "amazonwebservices": case "awsiam": return "aws";
                case "azuredevops": case "ado": case "vsts": return "azure-devops";
                default: return kind.Trim().ToLowerInvariant();
            }
        }

        /// <summary>The short name a provider's token name carries in <c>tg:&lt;repo&gt;/&lt;id&gt;</c>: the last segment of a repository URL.</summary>
        public static string RepositoryName(string repository)
        {
            string name = repository.Trim().TrimEnd('/');
            if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
            int slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf(':'));
            return (slash >= 0 ? name.Substring(slash + 1) : name).ToLowerInvariant();
        }
    }
}
