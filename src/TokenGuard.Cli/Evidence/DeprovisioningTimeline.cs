using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// Testing step "deprovisioning": for every departed owner, when each of their tokens left the inventory (the store's
    /// removal) and when it stopped being live at the provider (the last audit run listing it live, then the first run of
    /// that system without it), against the target; a token a provider still lists live is a finding.
    /// </summary>
    internal static class DeprovisioningTimeline
    {
        public static DeprovisioningSection Of(
            IReadOnlyList<(StoredTokenLifetime Lifetime, InventoryToken Token)> tokens,
            IReadOnlyList<StoredAuditRun> runs,
            Dictionary<string, (DateTime LeftAt, string Source)> departed,
            DateTime periodEnd,
            TimeSpan target)
        {
            var section = new DeprovisioningSection { TargetHours = target.TotalHours };
            List<StoredAuditRun> ordered = runs.Where(r => AuditRunTime.Of(r) < periodEnd).OrderBy(AuditRunTime.Of).ToList();
            foreach (var (owner, (leftAt, source)) in departed.Where(d => d.Value.LeftAt < periodEnd).OrderByDescending(d => d.Value.LeftAt).ThenBy(d => d.Key, StringComparer.Ordinal))
            {
                var ev = new DeprovisioningEvent { Owner = owner, LeftAt = Time(leftAt), LeftSource = source };
                var refs = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (lifetime, token) in tokens.Where(t => string.Equals(t.Token.Owner, owner, StringComparison.OrdinalIgnoreCase)))
                {
                    if (token.ProviderRef != null) refs.Add(token.ProviderRef);
                    ev.Tokens.Add(Timed(token.Id ?? token.ProviderRef ?? lifetime.Identity, token.ProviderRef, token.Id, lifetime.RemovedAt, inInventory: true));
                }

                // Live tokens the providers attribute to the owner with no inventory entry: they can only leave the provider.
                foreach (string liveOnly in ordered.SelectMany(r => r.Run.LiveTokens).Where(l => l.InventoryId is null && string.Equals(l.Owner, owner, StringComparison.OrdinalIgnoreCase)).Select(l => l.Token).Distinct(StringComparer.Ordinal))
                {
                    if (refs.Add(liveOnly)) ev.Tokens.Add(Timed(liveOnly, liveOnly, inventoryId: null, removedAt: null, inInventory: false));
                }

                if (ev.Tokens.Count == 0) continue; // nothing of theirs to revoke: not a deprovisioning event
                ev.WithinTarget = ev.Tokens.All(t => t.WithinTarget);
                var hours = ev.Tokens.SelectMany(t => new[] { t.HoursToInventoryRemoval, t.HoursToProviderRevocation }).ToList();
                // The event's time to revoke is known once every token has left both the inventory and the provider.
                bool complete = ev.Tokens.All(t => !t.StillLive && (!t.InInventory || t.RemovedFromInventory != null));
                ev.HoursToRevoke = complete && hours.Any(h => h != null) ? Math.Max(0, hours.Where(h => h != null).Max()!.Value) : (double?)null;
                section.Events.Add(ev);
                section.StillLive.AddRange(ev.Tokens.Where(t => t.StillLive).Select(t => $"{t.Token} ({t.System}) of {owner}, who left {Time(leftAt)}: still live at the provider in the audit run of {t.LastSeenLive}"));

                RevokedToken Timed(string name, string? providerRef, string? inventoryId, DateTime? removedAt, bool inInventory)
                {
                    var timed = new RevokedToken { Token = name, InInventory = inInventory };
                    if (removedAt is DateTime removed)
                    {
                        timed.RemovedFromInventory = Time(removed);
                        timed.HoursToInventoryRemoval = Hours(removed - leftAt);
                    }

                    bool Lists(StoredAuditRun run) => run.Run.LiveTokens.Any(l => (providerRef != null && l.Token == providerRef) || (inventoryId != null && l.InventoryId == inventoryId));
                    int last = ordered.FindLastIndex(r => Lists(r));
                    if (last >= 0)
                    {
                        AuditLiveTokenRecord seen = ordered[last].Run.LiveTokens.First(l => (providerRef != null && l.Token == providerRef) || (inventoryId != null && l.InventoryId == inventoryId));
                        timed.System = seen.System;
                        timed.LastSeenLive = Time(AuditRunTime.Of(ordered[last]));
                        StoredAuditRun? gone = ordered.Skip(last + 1).FirstOrDefault(r => r.Run.CoverageBySystem.Any(c => c.System == seen.System));
                        if (gone is null) timed.StillLive = true; // no later run of that system: as far as the evidence goes, live
                        else
                        {
                            timed.GoneAtProvider = Time(AuditRunTime.Of(gone));
                            timed.HoursToProviderRevocation = Hours(AuditRunTime.Of(gone) - leftAt);
                        }
                    }

                    bool inventoryDone = !inInventory || (timed.HoursToInventoryRemoval is double h && h <= target.TotalHours);
                    bool providerDone = !timed.StillLive && (timed.HoursToProviderRevocation is null || timed.HoursToProviderRevocation <= target.TotalHours);
                    timed.WithinTarget = inventoryDone && providerDone;
                    return timed;
                }
            }

            return section;
        }

        private static double Hours(TimeSpan elapsed) => Math.Round(elapsed.TotalHours, 1);

        private static string Time(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
    }
}
