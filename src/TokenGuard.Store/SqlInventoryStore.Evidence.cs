using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace TokenGuard.Store
{
    /// <summary>Reading the store's history back for audit evidence: audit runs, ingests, token lifetimes.</summary>
    internal sealed partial class SqlInventoryStore
    {
        public IReadOnlyList<StoredAuditRun> AuditRuns() => Guarded(() =>
        {
            var runs = new Dictionary<long, StoredAuditRun>();
            Read("SELECT id, recorded_at, audit_date, inputs, minimum_coverage, coverage, passed FROM audit_runs ORDER BY id", reader =>
            {
                var run = new AuditRunRecord
                {
                    AuditDate = DateTime.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    MinimumCoverage = reader.GetDouble(4),
                    Coverage = reader.GetDouble(5),
                    Passed = Convert.ToInt64(reader.GetValue(6), CultureInfo.InvariantCulture) != 0,
                };
                run.Inputs.AddRange(JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? new List<string>());
                long id = reader.GetInt64(0);
                runs.Add(id, new StoredAuditRun { Id = id, RecordedAt = _dialect.ReadTime(reader, 1), Run = run });
            });
            Read("SELECT run_id, system, live, inventoried FROM audit_coverage ORDER BY run_id, system", reader =>
                runs[reader.GetInt64(0)].Run.CoverageBySystem.Add(new AuditCoverageRecord
                {
                    System = reader.GetString(1),
                    Live = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                    Inventoried = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                }));
            Read("SELECT run_id, code, system, token, detail FROM audit_findings ORDER BY id", reader =>
                runs[reader.GetInt64(0)].Run.Findings.Add(new AuditFindingRecord { Code = reader.GetString(1), System = Text(reader, 2), Token = Text(reader, 3), Detail = Text(reader, 4) }));
            Read("SELECT run_id, system, token, inventory_id, owner FROM audit_live_tokens ORDER BY run_id", reader =>
                runs[reader.GetInt64(0)].Run.LiveTokens.Add(new AuditLiveTokenRecord { System = reader.GetString(1), Token = reader.GetString(2), InventoryId = Text(reader, 3), Owner = Text(reader, 4) }));
            Read("SELECT run_id, principal, status, left_on, source FROM audit_owners ORDER BY run_id", reader =>
                runs[reader.GetInt64(0)].Run.Owners.Add(new AuditOwnerRecord { Principal = reader.GetString(1), Status = reader.GetString(2), LeftOn = Text(reader, 3), Source = Text(reader, 4) }));
            return runs.Values.OrderBy(r => r.Id).ToList();
        });

        public IReadOnlyList<StoredIngest> Ingests() => Guarded(() =>
        {
            var ingests = new List<StoredIngest>();
            Read("SELECT id, recorded_at, repository, project, commit_sha, token_count FROM ingests ORDER BY id", reader => ingests.Add(new StoredIngest
            {
                Id = reader.GetInt64(0),
                RecordedAt = _dialect.ReadTime(reader, 1),
                Repository = reader.GetString(2),
                Project = reader.GetString(3),
                Commit = reader.GetString(4),
                TokenCount = Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
            }));
            return ingests;
        });

        public IReadOnlyList<StoredTokenLifetime> TokenLifetimes() => Guarded(() =>
        {
            var byToken = new Dictionary<long, (StoredTokenLifetime Lifetime, DateTime LatestVersion)>();
            // Every version of every source: the newest one is the token's last known fields (for a removed token too).
            Read(
                "SELECT t.id, t.identity, t.first_seen, t.removed_at, v.valid_from, v.fields FROM tokens t "
                + "JOIN token_sources s ON s.token_id = t.id JOIN token_versions v ON v.source_id = s.id ORDER BY t.id, v.valid_from, v.id",
                reader =>
                {
                    long id = reader.GetInt64(0);
                    DateTime from = _dialect.ReadTime(reader, 4);
                    if (byToken.TryGetValue(id, out var known) && known.LatestVersion > from) return;
                    byToken[id] = (new StoredTokenLifetime
                    {
                        Identity = reader.GetString(1),
                        FirstSeen = _dialect.ReadTime(reader, 2),
                        RemovedAt = reader.IsDBNull(3) ? (DateTime?)null : _dialect.ReadTime(reader, 3),
                        Fields = reader.GetString(5),
                    }, from);
                });
            return byToken.OrderBy(t => t.Key).Select(t => t.Value.Lifetime).ToList();
        });

        private void Read(string sql, Action<DbDataReader> row)
        {
            using DbCommand command = Command(sql);
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read()) row(reader);
        }

        private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
