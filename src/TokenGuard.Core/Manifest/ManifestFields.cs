using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>The field names of the manifest schema (version 1).</summary>
    public static class ManifestFields
    {
        public const string Version = "version";
        public const string Tokens = "tokens";
        public const string Policy = "policy";
        public const string Sinks = "sinks";

        public const string Id = "id";
        public const string Description = "description";
        public const string Owner = "owner";
        public const string Steward = "steward";
        public const string System = "system";
        public const string Scope = "scope";
        public const string Created = "created";
        public const string Expires = "expires";
        public const string Justification = "justification";
        public const string Rotation = "rotation";
        public const string Environments = "environments";
        public const string Usages = "usages";
        public const string Provider = "provider";
        public const string Fingerprints = "fingerprints";

        public const string MaxLifetime = "maxLifetime";
        public const string AllowNever = "allowNever";
        public const string ExpiryWarningDays = "expiryWarningDays";
        public const string BroadScopes = "broadScopes";

        public const string ProviderKind = "kind";
        public const string ProviderRef = "ref";

        internal static readonly HashSet<string> TopLevel = new HashSet<string>(StringComparer.Ordinal)
        {
            Version, Tokens, Policy, Sinks,
        };

        internal static readonly HashSet<string> Entry = new HashSet<string>(StringComparer.Ordinal)
        {
            Id, Description, Owner, Steward, System, Scope, Created, Expires, Justification, Rotation,
            Environments, Usages, Provider, Fingerprints,
        };

        internal static readonly HashSet<string> UsageKinds = new HashSet<string>(StringComparer.Ordinal)
        {
            TokenUsage.EnvironmentKind, TokenUsage.ConfigurationKind,
        };

        internal static readonly HashSet<string> PolicyFields = new HashSet<string>(StringComparer.Ordinal)
        {
            MaxLifetime, AllowNever, ExpiryWarningDays, BroadScopes,
        };

        internal static readonly HashSet<string> ProviderFields = new HashSet<string>(StringComparer.Ordinal)
        {
            ProviderKind, ProviderRef,
        };
    }
}
