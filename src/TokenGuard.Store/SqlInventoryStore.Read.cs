using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Text;

namespace TokenGuard.Store
{
    /// <summary>Reading the store: history, the live (or past) inventory.</summary>
    internal sealed partial class SqlInventoryStore
    {
        public IReadOnlyList<TokenChange> History(HistoryQuery query) => Guarded(() =>
        {
            var sql = new StringBuilder(
                "SELECT c.changed_at, t.identity, c.repository, c.project, c.commit_sha, c.ingest_id, c.change, c.field, c.old_value, c.new_value "
                + "FROM token_changes c JOIN tokens t ON t.id = c.token_id WHERE 1 = 1");
            var parameters = new List<(string, object?)>();
            if (query.Token != null)
            {
                sql.Append(" AND c.token_id IN (SELECT token_id FROM token_identities WHERE identity = @token OR name = @token)");
                parameters.Add(("@token", query.Token));
            }

            if (query.Repository != null)
            {
                sql.Append(" AND c.repository = @repository");
                parameters.Add(("@repository", query.Repository));
            }

            if (query.Since != null)
            {
                sql.Append(" AND c.changed_at >= @since");
                parameters.Add(("@since", _dialect.Time(query.Since.Value)));
            }

            sql.Append(" ORDER BY c.id");
            var changes = new List<TokenChange>();
            using DbCommand command = Command(sql.ToString(), parameters.ToArray());
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                changes.Add(new TokenChange
                {
                    ChangedAt = _dialect.ReadTime(reader, 0),
                    Token = reader.GetString(1),
                    Repository = reader.GetString(2),
                    Project = reader.GetString(3),
                    Commit = reader.GetString(4),
                    Ingest = reader.GetInt64(5),
                    Change = reader.GetString(6),
                    Field = reader.IsDBNull(7) ? null : reader.GetString(7),
                    OldValue = reader.IsDBNull(8) ? null : reader.GetString(8),
                    NewValue = reader.IsDBNull(9) ? null : reader.GetString(9),
                });
            }

            return changes;
        });

        public IEnumerable<StoredSource> LiveSources(DateTime? asOf)
        {
            // Live: the current version and the last ingest that saw it; in the past: the version then and the ingest that wrote it.
            string sql = "SELECT s.repository, s.project, i.commit_sha, i.manifest, i.artifact_path, v.fields "
                + "FROM token_versions v JOIN token_sources s ON s.id = v.source_id "
                + (asOf is null
                    ? "JOIN ingests i ON i.id = s.last_ingest WHERE v.valid_to IS NULL "
                    : "JOIN ingests i ON i.id = v.from_ingest WHERE v.valid_from < @as_of AND (v.valid_to IS NULL OR v.valid_to >= @as_of) ")
                + "ORDER BY s.repository, s.project, s.token_id";
            DbCommand command;
            DbDataReader reader;
            try
            {
                command = asOf is null ? Command(sql) : Command(sql, ("@as_of", _dialect.Time(asOf.Value)));
                reader = command.ExecuteReader();
            }
            catch (DbException ex)
            {
                throw new StoreException($"{_dialect.Describe}: {OneLine(ex.Message)}", ex);
            }

            return Rows(command, reader);
        }

        private static IEnumerable<StoredSource> Rows(DbCommand command, DbDataReader reader)
        {
            using (command)
            using (reader)
            {
                while (reader.Read())
                {
                    string commit = reader.GetString(2);
                    yield return new StoredSource
                    {
                        Repository = reader.GetString(0),
                        Project = reader.GetString(1),
                        // An artifact without a commit was recorded under its hash: it has no commit to show.
                        Commit = commit.StartsWith("sha256:", StringComparison.Ordinal) ? null : commit,
                        Manifest = reader.IsDBNull(3) ? null : reader.GetString(3),
                        Artifact = reader.GetString(4),
                        Fields = reader.GetString(5),
                    };
                }
            }
        }

        /// <summary>
        /// A read transaction: every query until it is disposed sees the store as it was when it began, so an export
        /// read in two passes sees one inventory even while ingests go on.
        /// </summary>
        public IDisposable BeginSnapshot()
        {
            _transaction = Guarded(() => _dialect.BeginSnapshot(_connection));
            return new Snapshot(this);
        }

        private sealed class Snapshot : IDisposable
        {
            private readonly SqlInventoryStore _store;

            public Snapshot(SqlInventoryStore store) => _store = store;

            public void Dispose()
            {
                _store._transaction?.Dispose();
                _store._transaction = null;
            }
        }
    }
}
