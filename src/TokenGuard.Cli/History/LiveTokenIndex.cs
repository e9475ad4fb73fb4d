using System;
using System.Collections.Generic;
using System.Linq;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Audit.Providers;
using TokenGuard.Detection;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// The audit's provider exports, indexed by what a found token reveals of itself, so nothing is sent anywhere:
    /// an AWS access key id is its own identifier (compared by fingerprint), a GitHub token by its last eight
    /// characters (credential authorizations list <c>token_last_eight</c>). GitLab and Azure DevOps tokens carry no
    /// identifier the exports list, so they are not matched.
    /// </summary>
    internal sealed class LiveTokenIndex
    {
        private readonly Dictionary<string, LiveToken> _byFingerprint = new Dictionary<string, LiveToken>(StringComparer.Ordinal);
        private readonly Dictionary<string, LiveToken> _byGitHubLastEight = new Dictionary<string, LiveToken>(StringComparer.Ordinal);

        private LiveTokenIndex(IEnumerable<LiveToken> tokens)
        {
            foreach (LiveToken token in tokens)
            {
                // An active listing wins over an inactive one of the same key (two exports of different dates).
                if (token.Provider == AwsExports.Provider && token.Ref != null) Keep(_byFingerprint, Redaction.Fingerprint(token.Ref), token);
                if (token.Provider == GitHubExports.Provider && token.LastEight is { Length: 8 } lastEight) Keep(_byGitHubLastEight, lastEight, token);
            }
        }

        /// <summary>Reads the exports with the audit's readers; they throw <see cref="InputFileException"/> on bad input.</summary>
        public static LiveTokenIndex? Read(ScanExports exports, ExportReadOptions options)
        {
            if (!exports.Any) return null;
            var live = new List<LiveToken>();
            foreach (string path in exports.GitHub) live.AddRange(GitHubExports.Read(path, options));
            if (exports.Aws.Count > 0) live.AddRange(AwsExports.Read(exports.Aws, options));
            foreach (string path in exports.AzureDevOps) live.AddRange(AzureDevOpsExports.Read(path, options));
            foreach (string path in exports.GitLab) live.AddRange(GitLabExports.Read(path, options));
            return new LiveTokenIndex(live);
        }

        /// <param name="value">The token itself, only to take its last eight characters here; never kept.</param>
        public LiveStatus? Find(string fingerprint, string? provider, string? value)
        {
            LiveToken? token = null;
            if (_byFingerprint.TryGetValue(fingerprint, out LiveToken? aws)) token = aws;
            else if (value != null && value.Length > 8 && ProviderKinds.Normalize(provider) == GitHubExports.Provider
                     && _byGitHubLastEight.TryGetValue(value.Substring(value.Length - 8), out LiveToken? github)) token = github;
            if (token is null) return null;
            return new LiveStatus(token.Active && !token.ExpiredAtProvider, token.Provider, token.Kind, token.Owner?.Value, token.Source);
        }

        private static void Keep(Dictionary<string, LiveToken> index, string key, LiveToken token)
        {
            if (!index.TryGetValue(key, out LiveToken? existing) || (!existing.Active && token.Active)) index[key] = token;
        }
    }
}
