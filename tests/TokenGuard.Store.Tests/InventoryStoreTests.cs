using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TokenGuard.Cli.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Tests
{
    /// <summary>The same store behaviour on SQLite and on a real PostgreSQL server.</summary>
    public class InventoryStoreTests
    {
        private static readonly DateTime Day1 = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

        private static (int Exit, string Output, string Errors) Ingest(string store, params string[] inputs)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = IngestCommand.Run(store, inputs, output, errors);
            return (exit, output.ToString(), errors.ToString());
        }

        private static (int Exit, string Output, string Errors) Export(string store, string target, DateTime? asOf = null)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = ExportCommand.Run(store, target, asOf, output, errors);
            return (exit, output.ToString(), errors.ToString());
        }

        private static IngestOutcome IngestAt(IInventoryStore store, string path, DateTime at) =>
            store.Ingest(StoreArtifacts.Read(path).ToList(), at);

        private static JsonElement[] TokensOf(string centralPath) =>
            JsonDocument.Parse(File.ReadAllText(centralPath)).RootElement.GetProperty("tokens").EnumerateArray().ToArray();

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Export_writes_what_merge_writes_for_the_same_artifacts(string backend)
        {
            using var fresh = new FreshStore(backend);
            string api = fresh.Folder.Write("payments/api/tokenguard-inventory.json", Artifacts.Of("contoso-payments", "Api", "c1",
                Artifacts.Entry("stripe-checkout", "team:payments"), Artifacts.Entry("nuget-publish", "team:platform", system: "github", providerRef: "1180443")));
            fresh.Folder.Write("payments/worker/tokenguard-inventory.json", Artifacts.Of("contoso-payments", "Worker", "c1", Artifacts.Entry("stripe-checkout", "team:payments")));
            fresh.Folder.Write("docs/tokenguard-inventory.json", Artifacts.Of("contoso-docs", "Site", "d1",
                Artifacts.Entry("stripe-checkout", "team:docs"), Artifacts.Entry("publish", "team:platform", system: "github", providerRef: "1180443")));

            var (exit, output, errors) = Ingest(fresh.Store, fresh.Folder.Path);
            Assert.True(exit == 0, errors);
            Assert.Contains("3 ingest(s) recorded", output);

            string merged = Path.Combine(fresh.Folder.Path, "merged.json"), exported = Path.Combine(fresh.Folder.Path, "exported.json");
            Assert.Equal(0, MergeCommand.Run(new[] { fresh.Folder.Path }, merged, new StringWriter(), new StringWriter()));
            var export = Export(fresh.Store, exported);
            Assert.True(export.Exit == 0, export.Errors);
            InventorySchema.AssertValid(File.ReadAllText(exported));

            // Same tokens, same fields, same sources: only the order of tokens may differ (the store orders by repository).
            string[] Canonical(string file) => TokensOf(file).Select(t => t.GetRawText()).OrderBy(t => t, StringComparer.Ordinal).ToArray();
            Assert.Equal(3, TokensOf(exported).Length);
            Assert.Equal(Canonical(merged), Canonical(exported));
            Assert.Contains(Path.GetFileName(Path.GetDirectoryName(api)!), File.ReadAllText(exported));
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Records_field_changes_and_removals_with_their_commit_and_keeps_the_past(string backend)
        {
            using var fresh = new FreshStore(backend);
            string v1 = fresh.Folder.Write("v1.json", Artifacts.Of("contoso-payments", "Api", "commit-one",
                Artifacts.Entry("stripe-checkout", "team:payments"), Artifacts.Entry("legacy-key", "team:payments")));
            string v2 = fresh.Folder.Write("v2.json", Artifacts.Of("contoso-payments", "Api", "commit-two",
                Artifacts.Entry("stripe-checkout", "team:billing")));
            using (IInventoryStore store = InventoryStores.Open(fresh.Store))
            {
                IngestOutcome first = IngestAt(store, v1, Day1);
                Assert.Equal(2, first.Added);
                IngestOutcome second = IngestAt(store, v2, Day1.AddDays(2));
                Assert.Equal((0, 1, 1), (second.Added, second.Changed, second.Removed));

                IReadOnlyList<TokenChange> owner = store.History(new HistoryQuery { Token = "stripe-checkout" });
                TokenChange change = Assert.Single(owner, c => c.Change == "changed");
                Assert.Equal(("owner", "team:payments", "team:billing", "commit-two"), (change.Field!, change.OldValue!, change.NewValue!, change.Commit));
                Assert.Equal(Day1.AddDays(2), change.ChangedAt);
                TokenChange removed = Assert.Single(store.History(new HistoryQuery { Token = "legacy-key" }), c => c.Change == "removed");
                Assert.Equal(("commit-two", "contoso-payments", "Api"), (removed.Commit, removed.Repository, removed.Project));
                Assert.Empty(store.History(new HistoryQuery { Since = Day1.AddDays(3) }));
                Assert.Equal(new[] { "changed", "removed" }, store.History(new HistoryQuery { Since = Day1.AddDays(1) }).Select(c => c.Change));
                Assert.Empty(store.History(new HistoryQuery { Repository = "contoso-docs" }));
            }

            string now = Path.Combine(fresh.Folder.Path, "now.json"), past = Path.Combine(fresh.Folder.Path, "past.json");
            Assert.Equal(0, Export(fresh.Store, now).Exit);
            JsonElement live = Assert.Single(TokensOf(now));
            Assert.Equal(("stripe-checkout", "team:billing"), (live.GetProperty("id").GetString()!, live.GetProperty("owner").GetString()!));
            Assert.Equal("commit-two", live.GetProperty("sources")[0].GetProperty("commit").GetString());

            // The end of the first day: both tokens, the old owner, the first commit.
            Assert.Equal(0, Export(fresh.Store, past, asOf: Day1.Date).Exit);
            JsonElement[] then = TokensOf(past);
            Assert.Equal(new[] { "legacy-key", "stripe-checkout" }, then.Select(t => t.GetProperty("id").GetString()).OrderBy(id => id));
            Assert.All(then, t => Assert.Equal("team:payments", t.GetProperty("owner").GetString()));
            Assert.Equal(0, Export(fresh.Store, past, asOf: Day1.Date.AddDays(-1)).Exit);
            Assert.Empty(TokensOf(past));
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void A_token_listed_again_is_restored_and_one_commit_is_recorded_once(string backend)
        {
            using var fresh = new FreshStore(backend);
            string both = fresh.Folder.Write("a.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "team:a"), Artifacts.Entry("two", "team:a")));
            string one = fresh.Folder.Write("b.json", Artifacts.Of("r", "P", "c2", Artifacts.Entry("one", "team:a")));
            string again = fresh.Folder.Write("c.json", Artifacts.Of("r", "P", "c3", Artifacts.Entry("one", "team:a"), Artifacts.Entry("two", "team:a")));
            using IInventoryStore store = InventoryStores.Open(fresh.Store);
            IngestAt(store, both, Day1);
            IngestAt(store, one, Day1.AddDays(1));
            Assert.Equal(1, IngestAt(store, one, Day1.AddDays(2)).AlreadyRecorded);
            Assert.Equal(1, IngestAt(store, again, Day1.AddDays(3)).Added);
            Assert.Equal(new[] { "added", "removed", "restored" }, store.History(new HistoryQuery { Token = "two" }).Select(c => c.Change));
            Assert.Equal(2, store.LiveSources(null).Count());
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void A_malformed_artifact_records_nothing_of_the_others(string backend)
        {
            using var fresh = new FreshStore(backend);
            fresh.Folder.Write("a/tokenguard-inventory.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "team:a")));
            fresh.Folder.Write("b/tokenguard-inventory.json", "{\n  \"tool\": \"TokenGuard\",\n  \"schemaVersion\": 1,\n  \"tokens\": [\n    {\"owner\": 5}\n  ]\n}\n");

            var (exit, output, errors) = Ingest(fresh.Store, fresh.Folder.Path);

            Assert.Equal(2, exit);
            Assert.Matches(@"b[/\\]tokenguard-inventory\.json\(5\): error: 'owner' must be a string", errors);
            Assert.Equal("", output);
            using IInventoryStore store = InventoryStores.Open(fresh.Store);
            Assert.Empty(store.LiveSources(null));
            Assert.Empty(store.History(new HistoryQuery()));
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void A_store_of_a_newer_schema_is_refused(string backend)
        {
            using var fresh = new FreshStore(backend);
            using (IInventoryStore store = InventoryStores.Open(fresh.Store)) Assert.Equal(Migrations.Latest, store.SchemaVersion);
            RawSql(backend, fresh.Store, "INSERT INTO schema_version (version) VALUES (99)");

            StoreException refused = Assert.Throws<StoreException>(() => InventoryStores.Open(fresh.Store));
            Assert.Contains("schema version 99", refused.Message);
            Assert.Contains("upgrade tokenguard", refused.Message);
            var (exit, _, errors) = Ingest(fresh.Store, fresh.Folder.Write("a.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "team:a"))));
            Assert.Equal(2, exit);
            Assert.Single(errors.TrimEnd().Split('\n'));
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Concurrent_ingests_lose_nothing_and_record_one_commit_once(string backend)
        {
            using var fresh = new FreshStore(backend);
            // 12 repositories, each ingested three times at once (the same commit) by 36 writers, all sharing one GitHub token.
            string[] files = Enumerable.Range(0, 12).Select(r => fresh.Folder.Write($"r{r}.json", Artifacts.Of($"repo-{r}", "P", $"c{r}",
                Artifacts.Entry($"own-{r}", "team:a"), Artifacts.Entry("shared", "team:a", system: "github", providerRef: "42")))).ToArray();
            using (InventoryStores.Open(fresh.Store)) { } // the schema first, as the first CI job would
            int[] recorded = new int[files.Length * 3];
            Parallel.For(0, recorded.Length, new ParallelOptions { MaxDegreeOfParallelism = 12 }, i =>
            {
                using IInventoryStore store = InventoryStores.Open(fresh.Store);
                recorded[i] = IngestAt(store, files[i % files.Length], Day1.AddMinutes(i)).Recorded;
            });

            Assert.Equal(files.Length, recorded.Sum());
            using IInventoryStore check = InventoryStores.Open(fresh.Store);
            StoredSource[] live = check.LiveSources(null).ToArray();
            Assert.Equal(files.Length * 2, live.Length);
            string exported = Path.Combine(fresh.Folder.Path, "central.json");
            ExportCommand.Export(check, exported, asOfDay: null);
            JsonElement shared = Assert.Single(TokensOf(exported), t => t.TryGetProperty("provider", out _));
            Assert.Equal(files.Length, shared.GetProperty("sources").GetArrayLength());
        }

        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void A_token_pasted_into_a_field_is_never_stored(string backend)
        {
            using var fresh = new FreshStore(backend);
            string token = Planting.Token(1);
            string v1 = fresh.Folder.Write("a.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "team:a", description: "key " + token)));
            string v2 = fresh.Folder.Write("b.json", Artifacts.Of("r", "P", "c2", Artifacts.Entry("one", "team:a", description: "rotated " + token)));
            // The artifact writer redacts too: put the value back, as a hand-edited artifact would hold it.
            foreach (string file in new[] { v1, v2 }) File.WriteAllText(file, File.ReadAllText(file).Replace(Redaction.Redact(token, knownPrefixLength: 8), token).Replace(Redaction.Redact(token), token));
            Assert.Contains(token, File.ReadAllText(v1));

            Assert.Equal(0, Ingest(fresh.Store, v1).Exit);
            Assert.Equal(0, Ingest(fresh.Store, v2).Exit);

            string everything = string.Join("\n", DumpAllText(backend, fresh.Store));
            Assert.Contains("rotated", everything);
            Planting.AssertAbsent(token, "the store", everything);
        }

        [Fact]
        public void An_unreachable_server_is_one_line_and_exit_code_2()
        {
            using var folder = new TempDirectory();
            string artifact = folder.Write("a.json", Artifacts.Of("r", "P", "c1", Artifacts.Entry("one", "team:a")));
            // Assembled at run time: the repository passes its own scanner.
            string password = string.Concat("hunter2", "-", "secret");
            var (exit, _, errors) = Ingest($"Host=127.0.0.1;Port=1;Database=none;Username=u;{"Pass" + "word"}={password};Timeout=3", artifact);
            Assert.Equal(2, exit);
            Assert.Single(errors.TrimEnd().Split('\n'));
            Assert.Contains("cannot open the PostgreSQL store 127.0.0.1:1/none", errors);
            Assert.DoesNotContain("hunter2", errors);

            var missing = Ingest(Path.Combine(folder.Path, "no-such-folder", "store.db"), artifact);
            Assert.Equal(2, missing.Exit);
            Assert.Contains("cannot open the SQLite store", missing.Errors);
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

        /// <summary>Every text value of every table.</summary>
        private static IEnumerable<string> DumpAllText(string backend, string store)
        {
            using System.Data.Common.DbConnection connection = backend == "sqlite"
                ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False")
                : new Npgsql.NpgsqlConnection(store);
            connection.Open();
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = backend == "sqlite"
                    ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
                using var reader = list.ExecuteReader();
                while (reader.Read()) tables.Add(reader.GetString(0));
            }

            Assert.Contains("token_versions", tables);
            var values = new List<string>();
            foreach (string table in tables)
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM {table}";
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    for (int i = 0; i < reader.FieldCount; i++) values.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }

            return values;
        }
    }
}
