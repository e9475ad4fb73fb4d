using System;
using System.Linq;
using TokenGuard.Cli.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Tests
{
    /// <summary>The store's history read back for audit evidence (schema v2), the same on SQLite and PostgreSQL.</summary>
    public class EvidenceQueryTests
    {
        private static readonly DateTime Day1 = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

        private static AuditRunRecord Run(DateTime day, params (string System, string Token, string? Owner)[] live)
        {
            var run = new AuditRunRecord { AuditDate = day.Date, MinimumCoverage = 95, Coverage = 100, Passed = true };
            run.Inputs.Add("github-org-pat-grants.json");
            run.CoverageBySystem.Add(new AuditCoverageRecord { System = "github", Live = live.Length, Inventoried = live.Length });
            foreach (var (system, token, owner) in live) run.LiveTokens.Add(new AuditLiveTokenRecord { System = system, Token = token, InventoryId = owner is null ? null : "id-" + token, Owner = owner });
            run.Findings.Add(new AuditFindingRecord { Code = "unused", System = "github", Token = "1001", Detail = "not used for 90 days" });
            return run;
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Audit_runs_come_back_with_their_live_tokens_and_the_owners_they_saw_gone(string backend)
        {
            using var fresh = new FreshStore(backend);
            string secret = Planting.Token(2);
            using (IInventoryStore store = InventoryStores.Open(fresh.Store))
            {
                store.RecordAudit(Run(Day1, ("github", "1001", "user:alice"), ("github", "1002", null)), Day1);
                AuditRunRecord second = Run(Day1.AddDays(7), ("github", "1002", null), ("github", secret, "team:a"));
                second.Owners.Add(new AuditOwnerRecord { Principal = "user:alice", Status = AuditOwnerRecord.Departed, LeftOn = "2026-03-05", Source = "okta-users.json:4 DEPROVISIONED" });
                second.Owners.Add(new AuditOwnerRecord { Principal = "user:zed", Status = AuditOwnerRecord.Unknown, Source = "okta-users.json" });
                store.RecordAudit(second, Day1.AddDays(7));
            }

            using IInventoryStore reopened = InventoryStores.Open(fresh.Store);
            var runs = reopened.AuditRuns();
            Assert.Equal(2, runs.Count);
            Assert.Equal(new[] { Day1, Day1.AddDays(7) }, runs.Select(r => r.RecordedAt));
            Assert.Equal(new[] { "1001", "1002" }, runs[0].Run.LiveTokens.Select(l => l.Token));
            Assert.Equal("user:alice", runs[0].Run.LiveTokens[0].Owner);
            Assert.Null(runs[0].Run.LiveTokens[1].InventoryId);
            Assert.Empty(runs[0].Run.Owners);
            Assert.Equal(new[] { "user:alice departed 2026-03-05 okta-users.json:4 DEPROVISIONED", "user:zed unknown  okta-users.json" },
                runs[1].Run.Owners.Select(o => $"{o.Principal} {o.Status} {o.LeftOn} {o.Source}"));
            Assert.Equal(2, runs[1].Run.CoverageBySystem.Single().Live);
            Assert.Equal("not used for 90 days", runs[1].Run.Findings.Single().Detail);
            Assert.Equal(new[] { "github-org-pat-grants.json" }, runs[1].Run.Inputs);
            Assert.Equal(new DateTime(2026, 3, 8), runs[1].Run.AuditDate);
            // The live token's value went through the redaction gate like every other string the store writes.
            Assert.DoesNotContain(secret, runs[1].Run.LiveTokens[1].Token);
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Ingests_and_token_lifetimes_give_each_removal_and_the_last_fields_it_had(string backend)
        {
            using var fresh = new FreshStore(backend);
            using IInventoryStore store = InventoryStores.Open(fresh.Store);
            store.Ingest(StoreArtifacts.Read(fresh.Folder.Write("1.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "user:alice"), Artifacts.Entry("two", "team:a")))).ToList(), Day1);
            store.Ingest(StoreArtifacts.Read(fresh.Folder.Write("2.json", Artifacts.Of("r", "P", "c2", Artifacts.Entry("one", "user:bob"), Artifacts.Entry("two", "team:a")))).ToList(), Day1.AddDays(1));
            store.Ingest(StoreArtifacts.Read(fresh.Folder.Write("3.json", Artifacts.Of("r", "P", "c3", Artifacts.Entry("two", "team:a")))).ToList(), Day1.AddDays(2).AddHours(5));

            Assert.Equal(new[] { "c1:2", "c2:2", "c3:1" }, store.Ingests().Select(i => $"{i.Commit}:{i.TokenCount}"));
            Assert.Equal(Day1.AddDays(1), store.Ingests()[1].RecordedAt);
            var lifetimes = store.TokenLifetimes();
            StoredTokenLifetime one = lifetimes.Single(l => l.Identity.EndsWith("/one", StringComparison.Ordinal));
            Assert.Equal(Day1.AddDays(2).AddHours(5), one.RemovedAt);
            Assert.Equal(Day1, one.FirstSeen);
            Assert.Contains("user:bob", one.Fields); // the version of its last ingest, not the first
            Assert.Null(lifetimes.Single(l => l.Identity.EndsWith("/two", StringComparison.Ordinal)).RemovedAt);
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void A_version_1_store_is_migrated_to_version_2_keeping_its_audit_runs(string backend)
        {
            using var fresh = new FreshStore(backend);
            bool sqlite = backend == "sqlite";
            string v1 = Migrations.All[0]
                .Replace("{ID}", sqlite ? "INTEGER PRIMARY KEY" : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                .Replace("{TIME}", sqlite ? "TEXT" : "TIMESTAMPTZ");
            string recorded = sqlite ? "'2026-03-01T09:00:00.0000000Z'" : "'2026-03-01T09:00:00Z'";
            RawSql(backend, fresh.Store, "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version (version) VALUES (1);" + v1
                + $"INSERT INTO audit_runs (recorded_at, audit_date, inputs, minimum_coverage, coverage, passed) VALUES ({recorded}, '2026-03-01', '[\"a.json\"]', 95, 80, 0);");

            using IInventoryStore store = InventoryStores.Open(fresh.Store);

            Assert.Equal(2, store.SchemaVersion);
            StoredAuditRun old = store.AuditRuns().Single();
            Assert.Equal(80, old.Run.Coverage);
            Assert.False(old.Run.Passed);
            Assert.Empty(old.Run.LiveTokens);
            store.RecordAudit(Run(Day1.AddDays(1), ("github", "1001", "user:alice")), Day1.AddDays(1));
            Assert.Equal("1001", store.AuditRuns()[1].Run.LiveTokens.Single().Token);
        }

        private static void RawSql(string backend, string store, string sql)
        {
            using System.Data.Common.DbConnection connection = backend == "sqlite"
                ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False")
                : new Npgsql.NpgsqlConnection(store);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
