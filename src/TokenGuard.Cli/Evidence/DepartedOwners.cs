using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Manifest;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// Who left and when: the day a directory export gives (given to <c>evidence --owners</c> now, or kept by an audit run),
    /// else the first recorded audit run that showed them gone. Of several, the earliest.
    /// </summary>
    internal static class DepartedOwners
    {
        public static Dictionary<string, (DateTime LeftAt, string Source)> Find(
            IEnumerable<string> principals, OwnerDirectory? directory, IReadOnlyList<StoredAuditRun> runs)
        {
            var departed = new Dictionary<string, (DateTime LeftAt, string Source)>(StringComparer.OrdinalIgnoreCase);
            foreach (StoredAuditRun run in runs)
            {
                foreach (AuditOwnerRecord owner in run.Run.Owners.Where(o => o.Status == AuditOwnerRecord.Departed))
                {
                    DateTime runAt = AuditRunTime.Of(run);
                    (DateTime, string) seen = owner.LeftOn != null && Conventions.TryParseDate(owner.LeftOn, out DateTime day)
                        ? (Utc(day), $"{owner.Source} (recorded by the audit run of {Day(runAt)})")
                        : (runAt, $"first audit run showing them gone: {Day(runAt)} ({owner.Source})");
                    Keep(owner.Principal, seen);
                }
            }

            if (directory != null)
            {
                foreach (string principal in principals.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (!directory.Covers(principal) || !(directory.Find(principal) is OwnerRecord record) || record.IsActive) continue;
                    // A departure with no day in the export and none recorded: dated by the first run that saw it, else unknown.
                    if (record.LeftOn is DateTime day) Keep(principal, (Utc(day), $"{record.Source} {record.Status}"));
                }
            }

            return departed;

            void Keep(string principal, (DateTime LeftAt, string Source) seen)
            {
                if (!departed.TryGetValue(principal, out var known) || seen.LeftAt < known.LeftAt) departed[principal] = seen;
            }
        }

        private static DateTime Utc(DateTime day) => DateTime.SpecifyKind(day.Date, DateTimeKind.Utc);

        private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
