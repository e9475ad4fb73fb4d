using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TokenGuard.Cli.Audit;

namespace TokenGuard.Tests
{
    /// <summary><c>tokenguard audit --store</c>: the store's live inventory audited, and every run recorded in it.</summary>
    public sealed class StoreAuditTests : IDisposable
    {
        private static readonly DateTime SampleDay = new DateTime(2025, 11, 1);

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        private AuditInputs Inputs(string inventory, string? store) => new AuditInputs
        {
            Inventory = inventory,
            Store = store,
            GitHub = new[] { _samples["github-org-pat-grants.json"], _samples["github-org-credential-authorizations.json"], _samples["github-repo-deploy-keys.json"] },
            Aws = new[] { _samples["aws-list-access-keys.json"], _samples["aws-credential-report.csv"], _samples["aws-get-access-key-last-used.json"] },
            AzureDevOps = new[] { _samples["ado-pats-list.json"], _samples["ado-tokenadmin-personalaccesstokens.json"] },
            GitLab = new[] { _samples["gitlab-personal-access-tokens.json"], _samples["gitlab-project-access-tokens.json"] },
            Today = SampleDay,
            Format = "json",
        };

        private static (int Exit, JsonElement Report, string Errors) Audit(AuditInputs inputs)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = AuditCommand.Run(inputs, output, errors);
            return (exit, exit == 2 ? default : JsonDocument.Parse(output.ToString()).RootElement.Clone(), errors.ToString());
        }

        private static long Count(string store, string sql)
        {
            using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar());
        }

        [Fact]
        public void Audits_the_stores_inventory_as_the_file_and_records_every_run_with_its_coverage_and_findings()
        {
            string inventory = _directory.Write("tokenguard-inventory.json", InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api"));
            string store = Path.Combine(_directory.Path, "store.db");

            var fromFile = Audit(Inputs(inventory, store: null));
            var ingestedFirst = Audit(Inputs(inventory, store));
            var storeAlone = Audit(Inputs(inventory: "", store));

            Assert.Equal(1, fromFile.Exit);
            foreach (var run in new[] { ingestedFirst, storeAlone })
            {
                Assert.True(run.Exit == 1, run.Errors);
                Assert.Equal(fromFile.Report.GetProperty("coverage").GetDouble(), run.Report.GetProperty("coverage").GetDouble());
                Assert.Equal(fromFile.Report.GetProperty("counts").GetRawText(), run.Report.GetProperty("counts").GetRawText());
            }

            Assert.Equal(2, Count(store, "SELECT COUNT(*) FROM audit_runs"));
            Assert.Equal(1, Count(store, "SELECT COUNT(*) FROM ingests"));
            Assert.Equal(4, Count(store, "SELECT COUNT(DISTINCT system) FROM audit_coverage"));
            Assert.Equal(14, Count(store, "SELECT SUM(live) FROM audit_coverage WHERE run_id = 2"));
            Assert.Equal(7, Count(store, "SELECT SUM(inventoried) FROM audit_coverage WHERE run_id = 2"));
            int findings = fromFile.Report.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32());
            Assert.Equal(findings, Count(store, "SELECT COUNT(*) FROM audit_findings WHERE run_id = 2"));
            Assert.Equal(1, Count(store, "SELECT COUNT(*) FROM audit_findings WHERE run_id = 2 AND code = 'no-live-token' AND token = 'retired-bot'"));
            Assert.Equal(2, Count(store, "SELECT COUNT(*) FROM audit_runs WHERE coverage = 50 AND passed = 0 AND audit_date = '2025-11-01' AND inputs LIKE '%github-org-pat-grants.json%'"));
        }

        [Fact]
        public void Without_inventory_or_store_and_with_a_broken_store_nothing_is_audited()
        {
            var neither = Audit(Inputs(inventory: "", store: null));
            Assert.Equal(2, neither.Exit);
            Assert.Contains("give --inventory FILE, --store STORE", neither.Errors);

            string notADatabase = _directory.Write("store.db", "this is not a SQLite database, it is text long enough to be read as a header.........\n");
            var broken = Audit(Inputs(inventory: "", store: notADatabase));
            Assert.Equal(2, broken.Exit);
            Assert.Contains("SQLite store", broken.Errors);
            Assert.Single(broken.Errors.TrimEnd().Split('\n'));
        }
    }
}
