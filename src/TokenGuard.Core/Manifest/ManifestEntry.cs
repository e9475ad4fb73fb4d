using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>One token in <c>tokens.yaml</c>: who owns it, what it unlocks, how long it lives, how code reaches it.</summary>
    public sealed class ManifestEntry
    {
        public ManifestEntry(SourceLocation location) => Location = location;

        /// <summary>Where the entry starts (its list item).</summary>
        public SourceLocation Location { get; }

        public string? Id { get; set; }

        public string? Description { get; set; }

        public string? Owner { get; set; }

        public string? Steward { get; set; }

        public string? System { get; set; }

        public IList<string> Scope { get; } = new List<string>();

        public DateTime? Created { get; set; }

        public DateTime? Expires { get; set; }

        /// <summary>True for <c>expires: never</c>, which needs a <see cref="Justification"/>.</summary>
        public bool NeverExpires { get; set; }

        public string? Justification { get; set; }

        public string? Rotation { get; set; }

        public IList<string> Environments { get; } = new List<string>();

        public IList<TokenUsage> Usages { get; } = new List<TokenUsage>();

        public string? ProviderKind { get; set; }

        public string? ProviderRef { get; set; }

        public IList<string> Fingerprints { get; } = new List<string>();

        /// <summary>Position of each field key present, so a diagnostic can point at the offending line.</summary>
        public IDictionary<string, SourceLocation> FieldLocations { get; } =
            new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        /// <summary>The field's position when present, else the entry's.</summary>
        public SourceLocation LocationOf(string field) =>
            FieldLocations.TryGetValue(field, out SourceLocation location) ? location : Location;
    }
}
