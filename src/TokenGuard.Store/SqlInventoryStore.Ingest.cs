using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Inventory;

namespace TokenGuard.Store
{
    /// <summary>Ingest: one row per artifact, the token's lifetime per repository/project, a version per field change.</summary>
    internal sealed partial class SqlInventoryStore
    {
        /// <summary>Fields whose changes are noise in a history (code moved, lines shifted): kept in each version, not listed as changes.</summary>
        private static readonly HashSet<string> UntrackedFields = new HashSet<string>(StringComparer.Ordinal) { "manifestLine", "usedAt" };

        private sealed class CurrentSource
        {
            public long SourceId;
            public long VersionId;
            public string Fields = "";
        }

        public IngestOutcome Ingest(IReadOnlyList<StoreArtifact> artifacts, DateTime recordedAt) => Guarded(() => InTransaction(IsolationLevel.Serializable, () =>
        {
            var outcome = new IngestOutcome();
            foreach (StoreArtifact artifact in artifacts) IngestOne(artifact, recordedAt, outcome);
            return outcome;
        }));

        private void IngestOne(StoreArtifact artifact, DateTime recordedAt, IngestOutcome outcome)
        {
            object now = _dialect.Time(recordedAt);
            string repository = Gate(artifact.Repository)!, project = Gate(artifact.Project)!, commit = Gate(artifact.CommitKey)!;
            long? ingest = ScalarLong(
                "INSERT INTO ingests (recorded_at, repository, commit_sha, project, manifest, tool_version, artifact_path, artifact_sha256, token_count) "
                + "VALUES (@at, @repository, @commit, @project, @manifest, @tool, @path, @sha, @count) "
                + "ON CONFLICT (repository, commit_sha, project) DO NOTHING RETURNING id",
                ("@at", now), ("@repository", repository), ("@commit", commit), ("@project", project), ("@manifest", Gate(artifact.Manifest)),
                ("@tool", Gate(artifact.ToolVersion)), ("@path", Gate(artifact.Path.Replace('\\', '/'))), ("@sha", artifact.Sha256), ("@count", artifact.Tokens.Count));
            if (ingest is null)
            {
                outcome.AlreadyRecorded++;
                return;
            }

            outcome.Recorded++;
            var change = new ChangeWriter(this, ingest.Value, now, repository, project, commit);
            Dictionary<long, CurrentSource> live = LiveSourcesOf(repository, project);
            var seen = new HashSet<long>();
            var known = new List<long>();
            var stillListed = new List<long>();
            foreach (InventoryToken token in artifact.Tokens)
            {
                long tokenId = ResolveToken(token, artifact, now, known);
                // Two entries of one manifest that are one token (a shared fingerprint): the first stands for both, as in merge.
                if (!seen.Add(tokenId)) continue;
                string fields = FieldsOf(token);
                if (live.TryGetValue(tokenId, out CurrentSource? current))
                {
                    stillListed.Add(current.SourceId);
                    if (current.Fields == fields) continue;
                    Execute("UPDATE token_versions SET valid_to = @at, to_ingest = @ingest WHERE id = @id", ("@at", now), ("@ingest", ingest), ("@id", current.VersionId));
                    AddVersion(current.SourceId, fields, ingest.Value, now);
                    int changed = 0;
                    foreach ((string field, string? before, string? after) in ChangedFields(current.Fields, fields))
                    {
                        change.Write(tokenId, current.SourceId, "changed", field, before, after);
                        changed++;
                    }

                    if (changed > 0) outcome.Changed++;
                    continue;
                }

                long? removedSource = ScalarLong(
                    "SELECT id FROM token_sources WHERE repository = @repository AND project = @project AND token_id = @token",
                    ("@repository", repository), ("@project", project), ("@token", tokenId));
                long sourceId;
                if (removedSource is long restored)
                {
                    Execute(
                        "UPDATE token_sources SET removed_at = NULL, removed_ingest = NULL, last_seen = @at, last_ingest = @ingest WHERE id = @id",
                        ("@at", now), ("@ingest", ingest), ("@id", restored));
                    sourceId = restored;
                    change.Write(tokenId, sourceId, "restored", null, null, null);
                }
                else
                {
                    sourceId = ScalarLong(
                        "INSERT INTO token_sources (token_id, repository, project, first_seen, last_seen, last_ingest) VALUES (@token, @repository, @project, @at, @at, @ingest) RETURNING id",
                        ("@token", tokenId), ("@repository", repository), ("@project", project), ("@at", now), ("@ingest", ingest))!.Value;
                    change.Write(tokenId, sourceId, "added", null, null, null);
                }

                AddVersion(sourceId, fields, ingest.Value, now);
                outcome.Added++;
            }

            // One statement each for the common case, tokens seen again: an unchanged ingest is a handful of statements.
            UpdateAll("UPDATE tokens SET last_seen = @at, removed_at = NULL, removed_ingest = NULL WHERE id IN ({0})", known, ("@at", now));
            UpdateAll("UPDATE token_sources SET last_seen = @at, last_ingest = @ingest WHERE id IN ({0})", stillListed, ("@at", now), ("@ingest", ingest));

            // What this repository/project listed before and no longer does is removed, by this ingest and commit.
            foreach (KeyValuePair<long, CurrentSource> gone in live.Where(pair => !seen.Contains(pair.Key)))
            {
                Execute("UPDATE token_sources SET removed_at = @at, removed_ingest = @ingest WHERE id = @id", ("@at", now), ("@ingest", ingest), ("@id", gone.Value.SourceId));
                Execute("UPDATE token_versions SET valid_to = @at, to_ingest = @ingest WHERE id = @id", ("@at", now), ("@ingest", ingest), ("@id", gone.Value.VersionId));
                Execute(
                    "UPDATE tokens SET removed_at = @at, removed_ingest = @ingest WHERE id = @id "
                    + "AND NOT EXISTS (SELECT 1 FROM token_sources WHERE token_id = @id AND removed_at IS NULL)",
                    ("@at", now), ("@ingest", ingest), ("@id", gone.Key));
                change.Write(gone.Key, gone.Value.SourceId, "removed", null, null, null);
                outcome.Removed++;
            }
        }

        private Dictionary<long, CurrentSource> LiveSourcesOf(string repository, string project)
        {
            var live = new Dictionary<long, CurrentSource>();
            using DbCommand command = Command(
                "SELECT s.token_id, s.id, v.id, v.fields FROM token_sources s JOIN token_versions v ON v.source_id = s.id AND v.valid_to IS NULL "
                + "WHERE s.repository = @repository AND s.project = @project AND s.removed_at IS NULL",
                ("@repository", repository), ("@project", project));
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
                live[reader.GetInt64(0)] = new CurrentSource { SourceId = reader.GetInt64(1), VersionId = reader.GetInt64(2), Fields = reader.GetString(3) };
            return live;
        }

        /// <summary>
        /// The store's token for this entry: the one any of its identities (the merge's rules, strongest first) already
        /// names, else a new one named by its strongest identity. Identities seen for the first time join it.
        /// </summary>
        private void UpdateAll(string sql, List<long> ids, params (string Name, object? Value)[] parameters)
        {
            if (ids.Count == 0) return;
            var all = parameters.Concat(ids.Select((id, index) => ($"@id{index}", (object?)id))).ToArray();
            Execute(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, string.Join(", ", ids.Select((_, index) => $"@id{index}"))), all);
        }

        private long ResolveToken(InventoryToken token, StoreArtifact artifact, object now, List<long> seenAgain)
        {
            List<(string Identity, string Name)> identities = InventoryIdentity.Of(token, artifact.Repository)
                .Select(identity => (Gate(identity)!, Gate(NameOf(identity))!))
                .ToList();
            // An entry with no id, fingerprint or provider reference (hand-written artifact): its place in the manifest names it.
            if (identities.Count == 0) identities.Add((Gate($"entry:{artifact.Repository}/{artifact.Project}/{token.ManifestLine}")!, token.ManifestLine.ToString()));

            var known = new Dictionary<string, long>(StringComparer.Ordinal);
            var parameters = identities.Select((identity, index) => ($"@i{index}", (object?)identity.Identity)).ToArray();
            using (DbCommand command = Command(
                $"SELECT identity, token_id FROM token_identities WHERE identity IN ({string.Join(", ", parameters.Select(p => p.Item1))})", parameters))
            using (DbDataReader reader = command.ExecuteReader())
            {
                while (reader.Read()) known[reader.GetString(0)] = reader.GetInt64(1);
            }

            long? tokenId = identities.Where(i => known.ContainsKey(i.Identity)).Select(i => (long?)known[i.Identity]).FirstOrDefault();
            if (tokenId is null)
            {
                tokenId = ScalarLong(
                    "INSERT INTO tokens (identity, first_seen, last_seen) VALUES (@identity, @at, @at) RETURNING id",
                    ("@identity", identities[0].Identity), ("@at", now));
            }
            else
            {
                seenAgain.Add(tokenId.Value);
            }

            foreach ((string identity, string name) in identities.Where(i => !known.ContainsKey(i.Identity)))
            {
                Execute(
                    "INSERT INTO token_identities (identity, name, token_id) VALUES (@identity, @name, @token) ON CONFLICT (identity) DO NOTHING",
                    ("@identity", identity), ("@name", name), ("@token", tokenId));
            }

            return tokenId!.Value;
        }

        /// <summary>What a user types for <c>--token</c>: the manifest id, the provider's ref or the fingerprint.</summary>
        private static string NameOf(string identity)
        {
            if (identity.StartsWith("id:", StringComparison.Ordinal)) return identity.Substring(identity.LastIndexOf('/') + 1);
            if (identity.StartsWith("provider:", StringComparison.Ordinal)) return identity.Substring(identity.IndexOf(':', "provider:".Length) + 1);
            return identity.Substring(identity.IndexOf(':') + 1);
        }

        private void AddVersion(long sourceId, string fields, long ingest, object now) =>
            Execute(
                "INSERT INTO token_versions (source_id, fields, valid_from, from_ingest) VALUES (@source, @fields, @at, @ingest)",
                ("@source", sourceId), ("@fields", fields), ("@at", now), ("@ingest", ingest));

        /// <summary>The token in the inventory schema's JSON, without sources (the store keeps those as rows); redacted by its writer.</summary>
        internal static string FieldsOf(InventoryToken token)
        {
            List<InventorySource> sources = token.Sources;
            token.Sources = new List<InventorySource>();
            try
            {
                using var buffer = new MemoryStream();
                using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    InventoryTokenJson.Write(json, token);
                }

                return Encoding.UTF8.GetString(buffer.ToArray());
            }
            finally
            {
                token.Sources = sources;
            }
        }

        /// <summary>Top-level fields whose value differs, with both values for the history (strings as text, lists and objects as JSON).</summary>
        internal static IEnumerable<(string Field, string? Before, string? After)> ChangedFields(string beforeJson, string afterJson)
        {
            using JsonDocument before = JsonDocument.Parse(beforeJson), after = JsonDocument.Parse(afterJson);
            Dictionary<string, JsonElement> old = before.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            Dictionary<string, JsonElement> current = after.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            var changes = new List<(string, string?, string?)>();
            foreach (string field in old.Keys.Union(current.Keys).Where(f => !UntrackedFields.Contains(f)))
            {
                string? was = old.TryGetValue(field, out JsonElement a) ? Display(a) : null;
                string? now = current.TryGetValue(field, out JsonElement b) ? Display(b) : null;
                if (!string.Equals(was, now, StringComparison.Ordinal)) changes.Add((field, was, now));
            }

            return changes;
        }

        private static string Display(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

        /// <summary>Writes the history rows of one ingest.</summary>
        private sealed class ChangeWriter
        {
            private readonly SqlInventoryStore _store;
            private readonly long _ingest;
            private readonly object _now;
            private readonly string _repository, _project, _commit;

            public ChangeWriter(SqlInventoryStore store, long ingest, object now, string repository, string project, string commit)
            {
                _store = store;
                _ingest = ingest;
                _now = now;
                _repository = repository;
                _project = project;
                _commit = commit;
            }

            public void Write(long token, long source, string change, string? field, string? before, string? after) =>
                _store.Execute(
                    "INSERT INTO token_changes (token_id, source_id, ingest_id, changed_at, repository, project, commit_sha, change, field, old_value, new_value) "
                    + "VALUES (@token, @source, @ingest, @at, @repository, @project, @commit, @change, @field, @old, @new)",
                    ("@token", token), ("@source", source), ("@ingest", _ingest), ("@at", _now), ("@repository", _repository), ("@project", _project),
                    ("@commit", _commit), ("@change", change), ("@field", field), ("@old", Gate(before)), ("@new", Gate(after)));
        }
    }
}
