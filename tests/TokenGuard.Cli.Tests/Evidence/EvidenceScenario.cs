using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Inventory;
using TokenGuard.Inventory;
using TokenGuard.Manifest;
using TokenGuard.Store;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A store built as CI would feed it, day by day: two repositories' build artifacts ingested (GitHub tokens in payments,
    /// GitLab tokens in shipping) and audit runs over generated provider exports and a principal,status owners list.
    /// Owners leave on set days; their tokens leave the inventory and the provider some hours later.
    /// </summary>
    internal sealed class EvidenceScenario : IDisposable
    {
        public const string Payments = "https://github.com/contoso/payments.git";
        public const string Shipping = "https://github.com/contoso/shipping.git";

        private readonly TempDirectory _directory = new TempDirectory();
        private readonly List<ScenarioToken> _tokens = new List<ScenarioToken>();
        private readonly Dictionary<string, DateTime> _departures = new Dictionary<string, DateTime>();
        private readonly HashSet<string> _undated = new HashSet<string>();
        private int _commit;

        public EvidenceScenario()
        {
            Store = Path.Combine(_directory.Path, "store.db");
            for (int i = 1; i <= 12; i++) _tokens.Add(new ScenarioToken($"gh-token-{i:00}", "github", (1000 + i).ToString(CultureInfo.InvariantCulture), "team:platform"));
            for (int i = 1; i <= 10; i++) _tokens.Add(new ScenarioToken($"gl-token-{i:00}", "gitlab", (2000 + i).ToString(CultureInfo.InvariantCulture), "team:platform"));
        }

        public string Store { get; }

        public TempDirectory Directory => _directory;

        public void Dispose() => _directory.Dispose();

        /// <summary>Gives a token to an owner (from the start).</summary>
        public void Own(string id, string owner) => _tokens.Single(t => t.Id == id).Owner = owner;

        public void Blank(string id) => _tokens.Single(t => t.Id == id).Description = null;

        /// <summary>The owner leaves on <paramref name="day"/>; undated: the owners list says departed without a day.</summary>
        public void Leaves(string owner, DateTime day, bool undated = false)
        {
            _departures[owner] = day;
            if (undated) _undated.Add(owner);
        }

        /// <summary>The token leaves the inventory at <paramref name="inventory"/> and the provider at <paramref name="provider"/>.</summary>
        public void Revoked(string id, DateTime? inventory, DateTime? provider)
        {
            ScenarioToken token = _tokens.Single(t => t.Id == id);
            token.RemovedFromInventory = inventory;
            token.RevokedAtProvider = provider;
        }

        /// <summary>Ingests and audits on every day from <paramref name="first"/> to <paramref name="last"/> stepping <paramref name="days"/> (ingest 06:00, audit 07:00).</summary>
        public void Every(int days, DateTime first, DateTime last)
        {
            for (DateTime day = first; day <= last; day = day.AddDays(days))
            {
                IngestAt(day.AddHours(6));
                AuditAt(day.AddHours(7));
            }
        }

        public void IngestAt(DateTime at) => _schedule.Add((at, Ingest));

        public void AuditAt(DateTime at) => _schedule.Add((at, Audit));

        /// <summary>Runs the scheduled ingests and audit runs in time order, as CI would have.</summary>
        public EvidenceScenario Play()
        {
            foreach (var (at, step) in _schedule.OrderBy(s => s.At)) step(at);
            _schedule.Clear();
            return this;
        }

        private readonly List<(DateTime At, Action<DateTime> Step)> _schedule = new List<(DateTime At, Action<DateTime> Step)>();

        /// <summary>Both repositories' builds ingested at that instant (a new commit each).</summary>
        private void Ingest(DateTime at)
        {
            using IInventoryStore store = InventoryStores.Open(Store);
            foreach (string repository in new[] { Payments, Shipping })
            {
                string system = repository == Payments ? "github" : "gitlab";
                var entries = _tokens.Where(t => t.System == system && !(t.RemovedFromInventory <= at)).Select(t => t.Entry());
                string file = _directory.Write($"artifacts/{++_commit}/tokenguard-inventory.json", Artifact(repository, system == "github" ? "Api" : "Worker", entries));
                store.Ingest(StoreArtifacts.Read(file).ToList(), at);
            }
        }

        /// <summary>An audit run at that instant over the providers' exports and the owners list of that day, recorded as audit --store records it.</summary>
        private void Audit(DateTime at)
        {
            var live = _tokens.Where(t => !(t.RevokedAtProvider <= at)).ToList();
            string day = at.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);
            string github = _directory.Write($"exports/{day}/github-org-pat-grants.json", GitHubGrants(live.Where(t => t.System == "github")));
            string gitlab = _directory.Write($"exports/{day}/gitlab-personal-access-tokens.json", GitLabTokens(live.Where(t => t.System == "gitlab")));
            string owners = _directory.Write($"exports/{day}/owners.csv", OwnersList(at));
            using IInventoryStore store = InventoryStores.Open(Store);
            string snapshot = Path.Combine(_directory.Path, "exports", day, "inventory.json");
            ExportCommand.Export(store, snapshot, asOfDay: null);
            AuditReport report = AuditCommand.BuildReport(new AuditInputs
            {
                Inventory = snapshot,
                GitHub = new[] { github },
                GitLab = new[] { gitlab },
                Owners = new[] { owners },
                Today = at.Date,
            });
            store.RecordAudit(StoreAudit.RecordOf(report, StoreAudit.KnownOwners(store)), at);
        }

        public string OwnersList(DateTime at)
        {
            var csv = new StringBuilder("principal,status,departed_on\n");
            foreach (string owner in _tokens.Select(t => t.Owner).Concat(_departures.Keys).Distinct().OrderBy(o => o, StringComparer.Ordinal))
            {
                bool gone = _departures.TryGetValue(owner, out DateTime left) && left <= at;
                csv.Append(owner).Append(gone ? ",departed," : ",active,").Append(gone && !_undated.Contains(owner) ? left.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "").Append('\n');
            }

            return csv.ToString();
        }

        private static string Artifact(string repository, string project, IEnumerable<string> entries)
        {
            TokenManifest manifest = ManifestLoader.Load("tokens.yaml", "version: 1\ntokens:\n" + string.Concat(entries)).Manifest!;
            var context = new InventoryContext { ToolVersion = "1.0.0", Repository = repository, Project = project, Commit = Guid.NewGuid().ToString("N").Substring(0, 12) + "0badc0de", ManifestPath = "tokens.yaml" };
            return JsonInventoryWriter.Write(manifest, context, new List<UsageLocation>());
        }

        private static string GitHubGrants(IEnumerable<ScenarioToken> tokens) => "[" + string.Join(",", tokens.Select(t =>
            $"{{\"id\": {t.Ref}, \"owner\": {{\"login\": \"svc-{t.Id}\"}}, \"token_id\": {t.Ref}, \"token_name\": \"{t.Id}\", \"token_expired\": false, "
            + "\"token_expires_at\": \"2027-06-01T00:00:00Z\", \"token_last_used_at\": \"2026-11-01T00:00:00Z\", \"access_granted_at\": \"2026-01-10T00:00:00Z\"}")) + "]";

        private static string GitLabTokens(IEnumerable<ScenarioToken> tokens) => "[" + string.Join(",", tokens.Select(t =>
            $"{{\"id\": {t.Ref}, \"name\": \"{t.Id}\", \"revoked\": false, \"active\": true, \"created_at\": \"2026-01-10T00:00:00Z\", \"scopes\": [\"api\"], "
            + "\"user_id\": 7, \"last_used_at\": \"2026-11-01T00:00:00Z\", \"expires_at\": \"2027-06-01\"}")) + "]";

        private sealed class ScenarioToken
        {
            public ScenarioToken(string id, string system, string providerRef, string owner)
            {
                Id = id;
                System = system;
                Ref = providerRef;
                Owner = owner;
            }

            public string Id { get; }

            public string System { get; }

            public string Ref { get; }

            public string Owner { get; set; }

            public string? Description { get; set; } = "Deploys the service";

            public DateTime? RemovedFromInventory { get; set; }

            public DateTime? RevokedAtProvider { get; set; }

            public string Entry() =>
                $"  - id: {Id}\n    owner: {Owner}\n    system: {System}\n    scope: [api]\n    created: 2026-01-10\n    expires: 2027-06-01\n"
                + (Description is null ? "" : $"    description: \"{Description}\"\n")
                + $"    provider:\n      kind: {System}\n      ref: \"{Ref}\"\n";
        }
    }
}
