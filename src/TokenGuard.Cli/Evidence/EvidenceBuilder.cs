using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using TokenGuard.Inventory;
using TokenGuard.Manifest;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>Reads the store once (one snapshot) and builds every section of the evidence.</summary>
    internal static class EvidenceBuilder
    {
        public static EvidenceReport Build(IInventoryStore store, OwnerDirectory? owners, EvidenceOptions options)
        {
            DateTime periodEnd = DateTime.SpecifyKind(options.Today.Date.AddDays(1), DateTimeKind.Utc);
            DateTime periodStart = periodEnd - options.Period;
            List<InventoryRecord> inventory;
            IReadOnlyList<StoredAuditRun> runs;
            IReadOnlyList<StoredIngest> ingests;
            IReadOnlyList<StoredTokenLifetime> lifetimes;
            using (store.BeginSnapshot())
            {
                // The inventory as it stood at the end of the evidence date.
                inventory = store.LiveSources(periodEnd).Select(InventoryRecord.Of).ToList();
                runs = store.AuditRuns().Where(r => AuditRunTime.Of(r) < periodEnd).ToList();
                ingests = store.Ingests().Where(i => i.RecordedAt < periodEnd).ToList();
                lifetimes = store.TokenLifetimes();
            }

            var tokens = lifetimes.Select(l => (Lifetime: l, Token: Parse(l.Fields))).Where(t => t.Lifetime.FirstSeen < periodEnd).ToList();
            // A removal after the evidence date had not happened yet on that date.
            var asOfToday = tokens.Select(t => (t.Lifetime.RemovedAt >= periodEnd ? new StoredTokenLifetime { Identity = t.Lifetime.Identity, FirstSeen = t.Lifetime.FirstSeen, Fields = t.Lifetime.Fields } : t.Lifetime, t.Token)).ToList();
            var runsInPeriod = runs.Where(r => AuditRunTime.Of(r) >= periodStart).ToList();
            var principals = tokens.Select(t => t.Token.Owner).Concat(runs.SelectMany(r => r.Run.LiveTokens).Select(l => l.Owner)).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!);

            var report = new EvidenceReport
            {
                Today = Conventions.FormatDate(options.Today),
                PeriodStart = Conventions.FormatDate(periodStart),
                PeriodDays = (int)Math.Round(options.Period.TotalDays),
                Store = store.Description,
                Inventory = InventoryCompleteness.Of(inventory),
                Systems = SystemComparison.Of(runsInPeriod, options.MinimumCoverage),
                Sample = TokenSample.Draw(inventory, options.SampleSeed ?? int.Parse(options.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
                Discovery = DiscoveryLog.Of(ingests, runs, periodStart, periodEnd),
                Deprovisioning = DeprovisioningTimeline.Of(asOfToday, runs, DepartedOwners.Find(principals, owners, runs), periodEnd, options.RevokeWithin),
            };
            report.OwnerExports.AddRange(options.Owners);
            EvidenceCriteria.Judge(report, options);
            return report;
        }

        private static InventoryToken Parse(string fields)
        {
            using JsonDocument document = JsonDocument.Parse(fields);
            return InventoryTokenJson.Read(document.RootElement);
        }
    }
}
