using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// The optional <c>policy:</c> block of the manifest. MSBuild properties, when set, take precedence,
    /// so an organisation can impose policy from a shared Directory.Build.props.
    /// </summary>
    public sealed class ManifestPolicy
    {
        /// <summary><c>maxLifetime</c>: the longest <c>created</c> → <c>expires</c> span allowed (e.g. 365d).</summary>
        public string? MaxLifetime { get; set; }

        /// <summary><c>allowNever</c>: false forbids <c>expires: never</c> even with a justification.</summary>
        public bool? AllowNeverExpires { get; set; }

        /// <summary><c>expiryWarningDays</c>: warn this many days before expiry.</summary>
        public int? ExpiryWarningDays { get; set; }

        /// <summary><c>broadScopes</c>: scopes warned as over-permissioned; replaces the default list.</summary>
        public IList<string>? BroadScopes { get; set; }

        public IDictionary<string, SourceLocation> FieldLocations { get; } = new Dictionary<string, SourceLocation>();
    }
}
