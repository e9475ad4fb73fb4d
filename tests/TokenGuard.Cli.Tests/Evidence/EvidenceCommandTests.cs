using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli;
using TokenGuard.Cli.Evidence;

namespace TokenGuard.Tests
{
    /// <summary><c>tokenguard evidence</c> over a store fed day by day: each testing step's section, criterion and the verdict.</summary>
    public sealed class EvidenceCommandTests : IClassFixture<EvidenceStore>, IDisposable
    {
        private readonly EvidenceStore _store;
        private readonly TempDirectory _directory = new TempDirectory();

        public EvidenceCommandTests(EvidenceStore store) => _store = store;

        public void Dispose() => _directory.Dispose();

        /// <summary>Runs the command line's evidence with these options (after --store, --json and --today).</summary>
        private (int Exit, JsonElement Evidence, string Output, string Errors) Evidence(string today, params string[] more)
        {
            string json = Path.Combine(_directory.Path, Guid.NewGuid().ToString("N"), "evidence.json");
            var options = new EvidenceOptions { Store = _store.Scenario.Store, Json = json, Today = DateTime.ParseExact(today, "yyyy-MM-dd", null) };
            for (int i = 0; i < more.Length; i += 2)
            {
                switch (more[i])
                {
                    case "--sample-seed": options.SampleSeed = int.Parse(more[i + 1]); break;
                    case "--owners": options.Owners = new[] { more[i + 1] }; break;
                    case "--period": Assert.True(DurationText.TryParse(more[i + 1], out TimeSpan period)); options.Period = period; break;
                    case "--revoke-within": Assert.True(DurationText.TryParse(more[i + 1], out TimeSpan target)); options.RevokeWithin = target; break;
                    default: throw new ArgumentException(more[i]);
                }
            }

            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = EvidenceCommand.Run(options, output, errors);
            JsonElement evidence = File.Exists(json) ? JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone() : default;
            return (exit, evidence, output.ToString(), errors.ToString());
        }

        private static JsonElement Criterion(JsonElement evidence, string id) => evidence.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

        [Fact]
        public void Every_criterion_passes_when_the_three_most_recent_departures_were_revoked_within_a_day()
        {
            var (exit, evidence, output, errors) = Evidence("2026-11-24");

            Assert.True(exit == 0, output + errors);
            Assert.Equal("pass", evidence.GetProperty("verdict").GetString());
            Assert.All(evidence.GetProperty("criteria").EnumerateArray(), c => Assert.True(c.GetProperty("passed").GetBoolean(), c.GetRawText()));
            Assert.Contains("Evidence 2026-08-27 to 2026-11-24: PASS", output);

            // Inventory: 22 tokens declared, 18 left after the removals; every required field filled.
            JsonElement inventory = evidence.GetProperty("inventory");
            Assert.Equal(18, inventory.GetProperty("tokens").GetInt32());
            Assert.Equal(new[] { "owner", "scope", "system", "created", "expiry", "purpose" }, inventory.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
            Assert.All(inventory.GetProperty("fields").EnumerateArray(), f => Assert.Equal(100, f.GetProperty("percent").GetDouble()));

            // Systems: the latest run of the period (2026-11-23), every live token of both providers inventoried.
            JsonElement systems = evidence.GetProperty("systems");
            Assert.Equal("2026-11-23", systems.GetProperty("auditDate").GetString());
            Assert.Equal(new[] { "github:10:10", "gitlab:8:8" }, systems.GetProperty("systems").EnumerateArray().Select(s => $"{s.GetProperty("system").GetString()}:{s.GetProperty("live").GetInt32()}:{s.GetProperty("inventoried").GetInt32()}"));

            // Discovery: 12 weekly ingest days and audit runs, plus three event days' of each; never more than 7 days apart.
            JsonElement discovery = evidence.GetProperty("discovery");
            Assert.Equal(12 + 3, discovery.GetProperty("runs").EnumerateArray().Count(r => r.GetProperty("kind").GetString() == "audit"));
            Assert.Equal(7, discovery.GetProperty("longestGapDays").GetDouble());

            // Deprovisioning: alice (two tokens: out of the inventory in 10 h, gone at GitHub/GitLab by the 21:00 run), bob, carol.
            JsonElement events = evidence.GetProperty("deprovisioning").GetProperty("events");
            Assert.Equal(new[] { "user:alice", "user:bob", "user:carol" }, events.EnumerateArray().Select(e => e.GetProperty("owner").GetString()));
            JsonElement alice = events[0];
            Assert.Equal("2026-11-20T00:00Z", alice.GetProperty("leftAt").GetString());
            Assert.Contains("owners.csv", alice.GetProperty("leftSource").GetString());
            Assert.Equal(21, alice.GetProperty("hoursToRevoke").GetDouble());
            JsonElement aliceGitHub = alice.GetProperty("tokens").EnumerateArray().Single(t => t.GetProperty("token").GetString() == "gh-token-07");
            Assert.Equal(10, aliceGitHub.GetProperty("hoursToInventoryRemoval").GetDouble());
            Assert.Equal("2026-11-16T07:00Z", aliceGitHub.GetProperty("lastSeenLive").GetString());
            Assert.Equal("2026-11-20T21:00Z", aliceGitHub.GetProperty("goneAtProvider").GetString());
            Assert.Equal(21, aliceGitHub.GetProperty("hoursToProviderRevocation").GetDouble());
            // bob's list entry has no day: the first audit run that showed him departed dates it.
            Assert.Equal("2026-11-10T11:00Z", events[1].GetProperty("leftAt").GetString());
            Assert.StartsWith("first audit run showing them gone: 2026-11-10", events[1].GetProperty("leftSource").GetString());
            Assert.Equal(18, events[2].GetProperty("hoursToRevoke").GetDouble());
            Assert.Empty(evidence.GetProperty("deprovisioning").GetProperty("stillLive").EnumerateArray());
        }

        [Fact]
        public void A_departed_owners_token_still_live_fails_deprovisioning_and_a_shorter_target_fails_the_slow_events()
        {
            var (exit, evidence, output, _) = Evidence("2026-12-01");

            Assert.Equal(1, exit);
            Assert.Equal("fail", evidence.GetProperty("verdict").GetString());
            JsonElement deprovisioning = Criterion(evidence, "deprovisioning");
            Assert.False(deprovisioning.GetProperty("passed").GetBoolean());
            string stillLive = evidence.GetProperty("deprovisioning").GetProperty("stillLive").EnumerateArray().Single().GetString()!;
            Assert.Contains("gh-token-11 (github) of user:dave, who left 2026-11-25", stillLive);
            Assert.Contains("2026-11-30", stillLive);
            JsonElement dave = evidence.GetProperty("deprovisioning").GetProperty("events")[0];
            Assert.Equal("user:dave", dave.GetProperty("owner").GetString());
            Assert.Equal(JsonValueKind.Null, dave.GetProperty("hoursToRevoke").ValueKind);
            Assert.True(Criterion(evidence, "coverage").GetProperty("passed").GetBoolean());
            Assert.Contains(evidence.GetProperty("verdictReasons").EnumerateArray(), r => r.GetString()!.Contains("still live: gh-token-11"));
            Assert.Contains("FAIL  Departed owners' tokens", output);

            var strict = Evidence("2026-11-24", "--revoke-within", "12h");
            Assert.Equal(1, strict.Exit);
            Assert.Contains("user:alice (left 2026-11-20T00:00Z): 2 token(s), 21 h, outside the target", Criterion(strict.Evidence, "deprovisioning").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        }

        [Fact]
        public void The_sample_is_reproducible_from_its_seed_spread_across_systems_and_traced_to_its_source_records()
        {
            var first = Evidence("2026-11-24", "--sample-seed", "42").Evidence.GetProperty("sample");
            var again = Evidence("2026-11-24", "--sample-seed", "42").Evidence.GetProperty("sample");
            var other = Evidence("2026-11-24", "--sample-seed", "7").Evidence.GetProperty("sample");
            string[] Ids(JsonElement sample) => sample.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();

            Assert.Equal(42, first.GetProperty("seed").GetInt32());
            Assert.Equal(18, first.GetProperty("population").GetInt32());
            Assert.Equal(18, Ids(first).Length); // fewer than 20 in the inventory: all of them
            Assert.Equal(Ids(first), Ids(again));
            Assert.NotEqual(Ids(first), Ids(other));
            Assert.Equal(Ids(first).OrderBy(i => i), Ids(other).OrderBy(i => i));
            // Taken in turn from each system: the first two are one of each.
            Assert.Equal(new[] { "github", "gitlab" }, first.GetProperty("tokens").EnumerateArray().Take(2).Select(t => t.GetProperty("system").GetString()).OrderBy(s => s));
            JsonElement token = first.GetProperty("tokens")[0];
            Assert.Matches("^https://github.com/contoso/(payments|shipping).git@[0-9a-f]{12} (Api|Worker) tokens.yaml:\\d+$", token.GetProperty("source").GetString());
            Assert.All(token.GetProperty("fields").EnumerateArray(), f => Assert.Equal(token.GetProperty("source").GetString(), f.GetProperty("source").GetString()));
            Assert.Equal("Deploys the service", token.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "purpose").GetProperty("value").GetString());
        }

        [Fact]
        public void An_empty_period_says_so_and_does_not_pass()
        {
            var (exit, evidence, output, _) = Evidence("2027-06-01", "--period", "30d");

            Assert.Equal(1, exit);
            Assert.Equal("fail", evidence.GetProperty("verdict").GetString());
            Assert.Empty(evidence.GetProperty("discovery").GetProperty("runs").EnumerateArray());
            Assert.Contains("no discovery run (ingest or audit run) in the period", Criterion(evidence, "discovery").GetProperty("reasons")[0].GetString());
            Assert.Contains("no audit run in the period", Criterion(evidence, "coverage").GetProperty("reasons")[0].GetString());
            Assert.Contains("FAIL  Automated discovery", output);
        }

        [Fact]
        public void A_gap_of_more_than_a_month_between_runs_fails_discovery()
        {
            // From 2026-11-30 (the last run) to the end of 2027-01-05: 36 days with no run.
            var (exit, evidence, _, _) = Evidence("2027-01-05");

            Assert.Equal(1, exit);
            JsonElement discovery = Criterion(evidence, "discovery");
            Assert.False(discovery.GetProperty("passed").GetBoolean());
            Assert.Equal("2026-11-30", evidence.GetProperty("discovery").GetProperty("longestGapFrom").GetString());
            Assert.Equal("2027-01-05 (end of the evidence date)", evidence.GetProperty("discovery").GetProperty("longestGapTo").GetString());
            Assert.True(evidence.GetProperty("discovery").GetProperty("longestGapDays").GetDouble() > 31);
        }

        [Fact]
        public void A_malformed_owners_export_or_a_missing_store_is_exit_code_2_with_no_evidence_written()
        {
            string owners = _directory.Write("okta-users.json", "[{\"id\": \"00u1\", \"status\": \"ACTIVE\", \"profile\": {\"login\": \"alice@contoso.com\"}\n");
            string json = Path.Combine(_directory.Path, "out", "evidence.json");
            string html = Path.Combine(_directory.Path, "out", "evidence.html");
            var errors = new StringWriter();

            int exit = EvidenceCommand.Run(new EvidenceOptions { Store = _store.Scenario.Store, Json = json, Html = html, Owners = new[] { owners } }, new StringWriter(), errors);

            Assert.Equal(2, exit);
            Assert.Matches("okta-users\\.json\\(\\d+(,\\d+)?\\): error", errors.ToString());
            Assert.False(File.Exists(json));
            Assert.False(File.Exists(html));

            var missing = new StringWriter();
            Assert.Equal(2, EvidenceCommand.Run(new EvidenceOptions { Store = Path.Combine(_directory.Path, "nowhere.db"), Json = json }, new StringWriter(), missing));
            Assert.Contains("no SQLite store at", missing.ToString());
            Assert.False(File.Exists(Path.Combine(_directory.Path, "nowhere.db")));
            var badPeriod = new StringWriter();
            Assert.Equal(2, Program.Run(new[] { "evidence", "--store", _store.Scenario.Store, "--period", "ninety" }, badPeriod));
            Assert.Contains("--period must be a duration such as 90d", badPeriod.ToString());
        }

        [Fact]
        public void Owners_exports_given_to_evidence_date_departures_too_and_the_earliest_day_wins()
        {
            // carol's day from this export is earlier than the runs' list: the earliest wins.
            string owners = _directory.Write("owners.csv", "principal,status,departed_on\nuser:carol,departed,2026-09-30\nteam:platform,active,\nuser:alice,active,\nuser:bob,active,\nuser:dave,active,\n");

            var (_, evidence, _, errors) = Evidence("2026-11-24", "--owners", owners);

            JsonElement carol = evidence.GetProperty("deprovisioning").GetProperty("events").EnumerateArray().Single(e => e.GetProperty("owner").GetString() == "user:carol");
            Assert.True(carol.GetProperty("leftAt").GetString() == "2026-09-30T00:00Z", errors);
            Assert.Equal(42, carol.GetProperty("hoursToRevoke").GetDouble());
            Assert.False(carol.GetProperty("withinTarget").GetBoolean());
        }
    }
}
