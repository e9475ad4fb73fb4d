using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>The policy a manifest is validated against, after MSBuild properties and the manifest's policy block are merged.</summary>
    public sealed class ValidationSettings
    {
        /// <summary>Scopes that grant far more than one job needs, on common providers.</summary>
        public static readonly IReadOnlyList<string> DefaultBroadScopes = new[]
        {
            "*", "all", "admin", "administrator", "root", "owner", "full", "full_access", "full-access",
            "repo", "admin:org", "admin:enterprise", "delete_repo", "api", "sudo", "write_repository",
        };

        public ValidationSettings(DateTime today) => Today = today.Date;

        /// <summary>The UTC date tokens are checked against.</summary>
        public DateTime Today { get; }

        public int ExpiryWarningDays { get; set; } = 30;

        public PolicyDuration? MaxLifetime { get; set; }

        public bool AllowNeverExpires { get; set; } = true;

        public IReadOnlyList<string> BroadScopes { get; set; } = DefaultBroadScopes;

        /// <summary>When set, every owner must be listed and active.</summary>
        public OwnerDirectory? Owners { get; set; }

        /// <summary>
        /// Applies the manifest's <c>policy:</c> block where the caller left a setting unset
        /// (<paramref name="explicitlySet"/> names the ones MSBuild properties fixed).
        /// </summary>
        public ValidationSettings WithManifestPolicy(ManifestPolicy? policy, ISet<string> explicitlySet)
        {
            if (policy is null) return this;
            if (!explicitlySet.Contains(nameof(ExpiryWarningDays)) && policy.ExpiryWarningDays is int days) ExpiryWarningDays = days;
            if (!explicitlySet.Contains(nameof(MaxLifetime)) && PolicyDuration.TryParse(policy.MaxLifetime, out PolicyDuration max)) MaxLifetime = max;
            if (!explicitlySet.Contains(nameof(AllowNeverExpires)) && policy.AllowNeverExpires is bool allow) AllowNeverExpires = allow;
            if (policy.BroadScopes != null) BroadScopes = new List<string>(policy.BroadScopes);
            return this;
        }
    }
}
