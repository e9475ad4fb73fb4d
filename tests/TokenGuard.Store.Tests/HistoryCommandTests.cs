using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Tests
{
    /// <summary><c>tokenguard inventory history</c> as a user reads it: table and JSON, filtered.</summary>
    public class HistoryCommandTests
    {
        [Theory]
        [Backend("sqlite")]
        [Backend("postgres")]
        public void Shows_what_changed_when_and_from_which_commit_as_a_table_and_as_json(string backend)
        {
            using var fresh = new FreshStore(backend);
            string v1 = fresh.Folder.Write("v1.json", Artifacts.Of("contoso-payments", "Api", "0123456789abcdef0123", Artifacts.Entry("stripe-checkout", "team:payments", expires: "2026-06-01")));
            string v2 = fresh.Folder.Write("v2.json", Artifacts.Of("contoso-payments", "Api", "fedcba9876543210fedc", Artifacts.Entry("stripe-checkout", "team:payments", expires: "2026-12-01")));
            using (IInventoryStore store = InventoryStores.Open(fresh.Store))
            {
                store.Ingest(StoreArtifacts.Read(v1).ToList(), new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));
                store.Ingest(StoreArtifacts.Read(v2).ToList(), new DateTime(2026, 3, 5, 8, 0, 0, DateTimeKind.Utc));
            }

            var table = new StringWriter();
            Assert.Equal(0, HistoryCommand.Run(fresh.Store, new HistoryQuery { Token = "stripe-checkout" }, "table", table, new StringWriter()));
            string[] lines = table.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            Assert.StartsWith("WHEN (UTC)", lines[0]);
            Assert.Contains("2026-03-01 08:00:00  id:contoso-payments/stripe-checkout  contoso-payments  Api      0123456789ab  added", lines[1]);
            Assert.Contains("2026-03-05 08:00:00", lines[2]);
            Assert.EndsWith("fedcba987654  changed  expires: 2026-06-01 -> 2026-12-01", lines[2]);
            Assert.Equal("2 change(s).", lines[3]);

            var json = new StringWriter();
            Assert.Equal(0, HistoryCommand.Run(fresh.Store, new HistoryQuery { Repository = "contoso-payments", Since = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc) }, "json", json, new StringWriter()));
            JsonElement change = Assert.Single(JsonDocument.Parse(json.ToString()).RootElement.GetProperty("changes").EnumerateArray().ToArray());
            Assert.Equal("fedcba9876543210fedc", change.GetProperty("commit").GetString());
            Assert.Equal("2026-06-01", change.GetProperty("oldValue").GetString());
            Assert.Equal("2026-12-01", change.GetProperty("newValue").GetString());

            var none = new StringWriter();
            Assert.Equal(0, HistoryCommand.Run(fresh.Store, new HistoryQuery { Token = "no-such-token" }, "table", none, new StringWriter()));
            Assert.Contains("No changes recorded", none.ToString());
        }

        [Fact]
        public void Without_a_store_the_commands_say_how_to_name_one()
        {
            var errors = new StringWriter();
            Assert.Equal(2, HistoryCommand.Run(store: null, new HistoryQuery(), "table", new StringWriter(), errors));
            Assert.Contains("give --store or set TOKENGUARD_STORE", errors.ToString());
        }
    }
}
