using System.Collections.Immutable;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// The property bags diagnostics carry (keys in <see cref="DiagnosticProperties"/>), so code fixes and the
    /// inventory task never parse a message. A token's value is never put in one: fingerprint and redacted form only.
    /// </summary>
    internal static class DiagnosticData
    {
        public static ImmutableDictionary<string, string?> None => ImmutableDictionary<string, string?>.Empty;

        /// <summary>A read of <paramref name="name"/> in the manifest's usage form <paramref name="kind"/> (env or config).</summary>
        public static ImmutableDictionary<string, string?> Usage(this ImmutableDictionary<string, string?> properties, string kind, string name, bool prefixKnown) => properties
            .SetItem(DiagnosticProperties.UsageKind, kind)
            .SetItem(DiagnosticProperties.UsageName, name)
            .SetItem(DiagnosticProperties.PrefixKnown, prefixKnown ? DiagnosticProperties.True : DiagnosticProperties.False);

        public static ImmutableDictionary<string, string?> Usage(this ImmutableDictionary<string, string?> properties, TokenRead read) => properties.Usage(
            kind: read.Kind == TokenReadKind.EnvironmentVariable ? TokenUsage.EnvironmentKind : TokenUsage.ConfigurationKind,
            name: read.Key,
            prefixKnown: read.PrefixKnown);

        /// <summary>A token of a known format: its rule, the length of the rule's prefix, fingerprint and redacted form.</summary>
        public static ImmutableDictionary<string, string?> Finding(this ImmutableDictionary<string, string?> properties, TokenFinding finding) => properties
            .SetItem(DiagnosticProperties.RuleId, finding.Rule.Id)
            .SetItem(DiagnosticProperties.KnownPrefixLength, finding.Rule.VisiblePrefixLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Secret(fingerprint: finding.Fingerprint, redacted: finding.Redacted);

        /// <summary>A secret no format rule recognises: fingerprint and redacted form only.</summary>
        public static ImmutableDictionary<string, string?> Secret(this ImmutableDictionary<string, string?> properties, string fingerprint, string redacted) => properties
            .SetItem(DiagnosticProperties.Fingerprint, fingerprint)
            .SetItem(DiagnosticProperties.Redacted, redacted);

        /// <summary>The manifest entry a diagnostic is about.</summary>
        public static ImmutableDictionary<string, string?> Entry(this ImmutableDictionary<string, string?> properties, ManifestEntry entry) =>
            entry.Id is null ? properties : properties.SetItem(DiagnosticProperties.TokenId, entry.Id);
    }
}
