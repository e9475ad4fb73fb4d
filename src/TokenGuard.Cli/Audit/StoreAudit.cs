using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Inventory;
using TokenGuard.Manifest;
using TokenGuard.Store;

namespace TokenGuard.Cli.Audit
{
    /// <summary>
    /// <c>tokenguard audit --store STORE</c>: audits the store's live inventory (after ingesting <c>--inventory</c>, when
    /// given) and records the run itself, its inputs, coverage per system and every finding: the discovery log.
    /// </summary>
    internal static class StoreAudit
    {
        /// <summary>The report, already recorded in the store; throws <see cref="StoreException"/> or <see cref="InputFileException"/> with nothing recorded of the run.</summary>
        public static AuditReport BuildAndRecord(AuditInputs inputs, string store)
        {
            // Every file is read before the store is touched: a malformed one and nothing is ingested.
            var artifacts = inputs.Inventory.Length > 0 ? StoreArtifacts.Read(inputs.Inventory).ToList() : null;
            using IInventoryStore opened = InventoryStores.Open(store);
            if (artifacts != null) opened.Ingest(artifacts, DateTime.UtcNow);

            string snapshot = Path.Combine(Path.GetTempPath(), "tokenguard-audit-" + Guid.NewGuid().ToString("N") + ".json");
            AuditReport report;
            try
            {
                ExportCommand.Export(opened, snapshot, asOfDay: null);
                string given = inputs.Inventory;
                inputs.Inventory = snapshot;
                try
                {
                    report = AuditCommand.BuildReport(inputs);
                }
                finally
                {
                    inputs.Inventory = given;
                }
            }
            finally
            {
                File.Delete(snapshot);
            }

            // The report names the store, not the temporary export it read.
            report.Inputs[0] = "store " + StoreName(store) + (inputs.Inventory.Length > 0 ? $" (after ingesting {inputs.Inventory})" : "");
            opened.RecordAudit(RecordOf(report, KnownOwners(opened)), DateTime.UtcNow);
            return report;
        }

        private static string StoreName(string store) => InventoryStores.IsPostgres(store) ? "(PostgreSQL)" : store;

        /// <summary>The owners of every token the store has known, removed ones too: a departure is recorded even after their tokens left the inventory.</summary>
        internal static IReadOnlyList<string> KnownOwners(IInventoryStore store) => store.TokenLifetimes()
            .Select(lifetime =>
            {
                using var fields = System.Text.Json.JsonDocument.Parse(lifetime.Fields);
                return TokenGuard.Inventory.InventoryTokenJson.Read(fields.RootElement).Owner;
            })
            .Where(owner => !string.IsNullOrWhiteSpace(owner)).Select(owner => owner!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        internal static AuditRunRecord RecordOf(AuditReport report, IEnumerable<string>? knownOwners = null)
        {
            var run = new AuditRunRecord { AuditDate = report.Today, MinimumCoverage = report.MinimumCoverage, Coverage = report.Coverage, Passed = report.Passed };
            run.Inputs.AddRange(report.Inputs);
            foreach (var system in report.LiveTokens.GroupBy(t => t.Live.Provider).OrderBy(g => g.Key, StringComparer.Ordinal))
                run.CoverageBySystem.Add(new AuditCoverageRecord { System = system.Key, Live = system.Count(), Inventoried = system.Count(t => t.Entry != null) });
            foreach (AuditedToken token in report.LiveTokens)
            {
                foreach (string code in token.Findings)
                {
                    run.Findings.Add(new AuditFindingRecord
                    {
                        Code = code,
                        System = token.Live.Provider,
                        Token = token.Live.Ref ?? token.Live.Name?.Value,
                        Detail = $"{token.Live.Kind} ({token.Live.Source})" + (token.Entry is null ? "" : $"; inventory {token.Entry.Display}"),
                    });
                }
            }

            foreach (EntryFinding finding in report.EntryFindings)
                run.Findings.Add(new AuditFindingRecord { Code = finding.Code, System = finding.Entry.Token.ProviderKind ?? finding.Entry.Token.System, Token = finding.Entry.Display, Detail = finding.Detail });
            foreach (AuditedToken token in report.LiveTokens)
                run.LiveTokens.Add(new AuditLiveTokenRecord { System = token.Live.Provider, Token = token.Live.Ref ?? token.Live.Name?.Value ?? "", InventoryId = token.Entry?.Display, Owner = token.Owner });
            run.Owners.AddRange(GoneOwners(report, knownOwners ?? Array.Empty<string>()));
            return run;
        }

        /// <summary>The owners (of entries and of live tokens) the directories show departed or do not know: successive runs date when each was first seen gone.</summary>
        private static IEnumerable<AuditOwnerRecord> GoneOwners(AuditReport report, IEnumerable<string> knownOwners)
        {
            if (report.Owners is null) yield break;
            var principals = report.Entries.Select(e => e.Token.Owner).Concat(report.LiveTokens.Select(t => t.Owner)).Concat(knownOwners)
                .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(p => p, StringComparer.Ordinal);
            foreach (string principal in principals)
            {
                if (!report.Owners.Covers(principal)) continue;
                OwnerRecord? record = report.Owners.Find(principal);
                if (record is null) yield return new AuditOwnerRecord { Principal = principal, Status = AuditOwnerRecord.Unknown, Source = report.Owners.Names };
                else if (!record.IsActive)
                    yield return new AuditOwnerRecord { Principal = principal, Status = AuditOwnerRecord.Departed, LeftOn = record.LeftOn is DateTime day ? Conventions.FormatDate(day) : null, Source = record.Source + " " + record.Status };
            }
        }
    }
}
