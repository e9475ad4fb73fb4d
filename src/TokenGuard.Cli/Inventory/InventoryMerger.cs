using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TokenGuard.Cli.Terminal;
using TokenGuard.Inventory;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// Merges inventories into one: tokens that are the same identity (the same provider reference, the
    /// same value fingerprint, or the same manifest id in the same repository) become one entry that keeps
    /// every artifact that declared it in <c>sources</c>.
    /// Two passes keep memory flat: <see cref="Identify"/> sees every artifact once and keeps only a 64-bit
    /// hash per identity and a group number per token; <see cref="Merge"/> reads them again in the same order
    /// and hands each token on as soon as its group is complete, so only tokens shared by several artifacts
    /// wait in memory, never the inputs. Output follows input order (artifacts sorted by path).
    /// </summary>
    internal sealed class InventoryMerger
    {
        private readonly Dictionary<ulong, int> _tokenByIdentity = new Dictionary<ulong, int>();
        private readonly List<int> _parent = new List<int>();
        private readonly Dictionary<int, InventoryToken> _waiting = new Dictionary<int, InventoryToken>();
        private readonly List<string> _conflicts = new List<string>();
        private int[]? _lastOfGroup;
        private int _merged;

        public int ArtifactCount { get; private set; }

        /// <summary>Fields two sources of one token disagree on (the first source's value is kept), for the user to reconcile.</summary>
        public IReadOnlyList<string> Conflicts => _conflicts;

        /// <summary>Pass 1: groups this artifact's tokens with every earlier token sharing an identity.</summary>
        public void Identify(InventoryArtifact artifact)
        {
            ArtifactCount++;
            foreach (InventoryToken token in artifact.Tokens)
            {
                int ordinal = _parent.Count;
                _parent.Add(ordinal);
                foreach (string identity in InventoryIdentity.Of(token, RepositoryOf(artifact, token)))
                {
                    ulong hash = Fnv1a64(identity);
                    if (_tokenByIdentity.TryGetValue(hash, out int other)) Union(ordinal, other);
                    else _tokenByIdentity[hash] = ordinal;
                }
            }
        }

        /// <summary>Pass 2, artifacts in the same order as pass 1: the merged tokens whose groups this artifact completes.</summary>
        public IEnumerable<InventoryToken> Merge(InventoryArtifact artifact)
        {
            _lastOfGroup ??= LastMemberOfEachGroup();
            foreach (InventoryToken token in artifact.Tokens)
            {
                int ordinal = _merged++;
                int group = Find(ordinal);
                if (token.Sources.Count == 0) token.Sources.Add(SourceOf(artifact, token));
                if (_waiting.TryGetValue(group, out InventoryToken? first))
                {
                    MergeInto(first, token);
                }
                else
                {
                    first = token;
                    _waiting[group] = token;
                }

                if (ordinal == _lastOfGroup![group])
                {
                    _waiting.Remove(group);
                    yield return Normalized(first);
                }
            }
        }

        internal static string RepositoryOf(InventoryArtifact artifact, InventoryToken token) =>
            (token.Sources.Count > 0 ? token.Sources[0].Repository : artifact.Repository) ?? artifact.Path;

        /// <summary>After pass 1: the ordinal of each group's last token, where pass 2 can write the group.</summary>
        private int[] LastMemberOfEachGroup()
        {
            var last = new int[_parent.Count];
            for (int ordinal = 0; ordinal < _parent.Count; ordinal++) last[Find(ordinal)] = ordinal;
            return last;
        }

        private int Find(int ordinal)
        {
            while (_parent[ordinal] != ordinal)
            {
                _parent[ordinal] = _parent[_parent[ordinal]];
                ordinal = _parent[ordinal];
            }

            return ordinal;
        }

        // The earlier token stays the group's root, so a group is numbered by its first member.
        private void Union(int a, int b)
        {
            int rootA = Find(a), rootB = Find(b);
            if (rootA == rootB) return;
            if (rootA < rootB) _parent[rootB] = rootA;
            else _parent[rootA] = rootB;
        }

        /// <summary>A 64-bit FNV-1a hash: at 100,000s of identities a collision is about a one-in-a-billion event.</summary>
        private static ulong Fnv1a64(string text)
        {
            ulong hash = 14695981039346656037UL;
            foreach (byte b in Encoding.UTF8.GetBytes(text))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }

            return hash;
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
            merged.Sources.AddRange(other.Sources);
            if (other.UsedAt != null) (merged.UsedAt ??= new List<InventoryUsedAt>()).AddRange(other.UsedAt);
        }

        private string? Keep(string token, string field, string? kept, string? other)
        {
            if (kept is null) return other;
            if (other != null && !string.Equals(kept, other, StringComparison.OrdinalIgnoreCase))
                _conflicts.Add(TerminalText.Safe($"{token}: {field} is '{kept}' in one source and '{other}' in another; kept '{kept}'"));
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
