using System;
using System.Collections.Generic;
using System.Linq;
using TokenGuard.Inventory;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// Merges inventories into one: tokens that are the same identity (the same provider reference, the
    /// same value fingerprint, or the same manifest id in the same repository) become one entry that keeps
    /// every artifact that declared it in <c>sources</c>. Artifacts are added one at a time, so only the
    /// merged tokens stay in memory, never the inputs.
    /// </summary>
    internal sealed class InventoryMerger
    {
        private readonly Dictionary<string, InventoryToken> _byIdentity = new Dictionary<string, InventoryToken>(StringComparer.Ordinal);
        private readonly List<InventoryToken> _tokens = new List<InventoryToken>();
        private readonly List<string> _conflicts = new List<string>();

        public int ArtifactCount { get; private set; }

        /// <summary>Fields two sources of one token disagree on (the first source's value is kept), for the user to reconcile.</summary>
        public IReadOnlyList<string> Conflicts => _conflicts;

        public void Add(InventoryArtifact artifact)
        {
            ArtifactCount++;
            foreach (InventoryToken token in artifact.Tokens)
            {
                List<InventorySource> sources = token.Sources.Count > 0
                    ? token.Sources
                    : new List<InventorySource> { SourceOf(artifact, token) };
                token.Sources = new List<InventorySource>();
                string[] identities = IdentitiesOf(token, sources[0].Repository ?? artifact.Path).ToArray();
                InventoryToken? merged = identities.Select(Find).FirstOrDefault(t => t != null);
                if (merged is null)
                {
                    merged = token;
                    _tokens.Add(merged);
                }
                else
                {
                    MergeInto(merged, token);
                }

                merged.Sources.AddRange(sources);
                foreach (string identity in identities) _byIdentity[identity] = merged;
            }
        }

        /// <summary>The merged tokens in a stable order: by id, then by where they were first declared.</summary>
        public IEnumerable<InventoryToken> Tokens() => _tokens
            .Select(Normalized)
            .OrderBy(t => t.Id ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.Sources[0].Repository ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.Sources[0].Artifact ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.ManifestLine);

        private InventoryToken? Find(string identity) => _byIdentity.TryGetValue(identity, out InventoryToken? token) ? token : null;

        /// <summary>
        /// The provider's own id is the strongest identity; a value fingerprint is the same secret wherever
        /// it is declared; otherwise a manifest id is unique within its repository (projects share one manifest).
        /// </summary>
        internal static IEnumerable<string> IdentitiesOf(InventoryToken token, string repository)
        {
            if (token.ProviderKind != null && token.ProviderRef != null)
                yield return $"provider:{token.ProviderKind.ToLowerInvariant()}:{token.ProviderRef}";
            foreach (string fingerprint in token.Fingerprints) yield return "fingerprint:" + fingerprint;
            if (token.Id != null) yield return $"id:{repository}/{token.Id}";
        }

        private static InventorySource SourceOf(InventoryArtifact artifact, InventoryToken token) => new InventorySource
        {
            Repository = artifact.Repository,
            Commit = artifact.Commit,
            Project = artifact.Project,
            Manifest = artifact.Manifest,
            ManifestLine = token.ManifestLine,
            Artifact = artifact.Path.Replace('\\', '/'),
        };

        private void MergeInto(InventoryToken merged, InventoryToken other)
        {
            string name = merged.Id ?? other.Id ?? "(no id)";
            merged.Id = Keep(name, "id", merged.Id, other.Id);
            merged.Description = Keep(name, "description", merged.Description, other.Description);
            merged.Owner = Keep(name, "owner", merged.Owner, other.Owner);
            merged.Steward = Keep(name, "steward", merged.Steward, other.Steward);
            merged.System = Keep(name, "system", merged.System, other.System);
            merged.Created = Keep(name, "created", merged.Created, other.Created);
            merged.Expires = Keep(name, "expires", merged.Expires, other.Expires);
            merged.Justification = Keep(name, "justification", merged.Justification, other.Justification);
            merged.Rotation = Keep(name, "rotation", merged.Rotation, other.Rotation);
            merged.ProviderKind = Keep(name, "provider.kind", merged.ProviderKind, other.ProviderKind);
            merged.ProviderRef = Keep(name, "provider.ref", merged.ProviderRef, other.ProviderRef);
            merged.Scope.AddRange(other.Scope);
            merged.Environments.AddRange(other.Environments);
            merged.Fingerprints.AddRange(other.Fingerprints);
            merged.Usages.AddRange(other.Usages);
            if (other.UsedAt != null) (merged.UsedAt ??= new List<InventoryUsedAt>()).AddRange(other.UsedAt);
        }

        private string? Keep(string token, string field, string? kept, string? other)
        {
            if (kept is null) return other;
            if (other != null && !string.Equals(kept, other, StringComparison.OrdinalIgnoreCase))
                _conflicts.Add($"{token}: {field} is '{kept}' in one source and '{other}' in another; kept '{kept}'");
            return kept;
        }

        /// <summary>Lists merged from several sources, deduplicated and sorted so the output is stable.</summary>
        private static InventoryToken Normalized(InventoryToken token)
        {
            token.Scope = Distinct(token.Scope);
            token.Environments = Distinct(token.Environments);
            token.Fingerprints = Distinct(token.Fingerprints);
            token.Usages = token.Usages
                .GroupBy(u => (Kind: u.Kind.ToLowerInvariant(), Name: u.Name.ToLowerInvariant()))
                .Select(g => g.First())
                .OrderBy(u => u.Kind, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal)
                .ToList();
            token.UsedAt = token.UsedAt?
                .GroupBy(u => (u.Project, u.File, u.Line))
                .Select(g => g.First())
                .OrderBy(u => u.Project ?? "", StringComparer.Ordinal).ThenBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line)
                .ToList();
            token.Sources = token.Sources
                .OrderBy(s => s.Repository ?? "", StringComparer.Ordinal)
                .ThenBy(s => s.Project ?? "", StringComparer.Ordinal)
                .ThenBy(s => s.Artifact ?? "", StringComparer.Ordinal)
                .ThenBy(s => s.ManifestLine)
                .ToList();
            token.ManifestLine = token.Sources[0].ManifestLine;
            return token;
        }

        private static List<string> Distinct(List<string> values) =>
            values.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
    }
}
