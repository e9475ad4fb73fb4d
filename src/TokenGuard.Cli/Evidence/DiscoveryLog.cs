using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// Testing step "automated discovery runs at least monthly": the period's ingests (one line per day) and audit runs,
    /// and the longest gap between runs — from the last run before the period, and up to the evidence date.
    /// </summary>
    internal static class DiscoveryLog
    {
        public static DiscoverySection Of(IReadOnlyList<StoredIngest> ingests, IReadOnlyList<StoredAuditRun> runs, DateTime periodStart, DateTime periodEnd)
        {
            var section = new DiscoverySection();
            var inPeriod = new List<(DateTime At, DiscoveryRun Run)>();
            foreach (var day in ingests.Where(i => InPeriod(i.RecordedAt)).GroupBy(i => i.RecordedAt.Date).OrderBy(g => g.Key))
            {
                inPeriod.Add((day.Min(i => i.RecordedAt), new DiscoveryRun
                {
                    Date = Format(day.Key),
                    Kind = "ingest",
                    Systems = day.Select(i => i.Repository).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList(),
                    Result = $"{day.Count()} artifact(s) ingested, {day.Sum(i => i.TokenCount)} token(s) listed",
                }));
            }

            foreach (StoredAuditRun run in runs.Where(r => InPeriod(AuditRunTime.Of(r))))
            {
                inPeriod.Add((AuditRunTime.Of(run), new DiscoveryRun
                {
                    Date = Format(AuditRunTime.Of(run)),
                    Kind = "audit",
                    Systems = run.Run.CoverageBySystem.Select(c => c.System).ToList(),
                    Result = string.Format(CultureInfo.InvariantCulture, "coverage {0:0.0}% ({1}), {2} finding(s)", run.Run.Coverage, run.Run.Passed ? "pass" : "fail", run.Run.Findings.Count),
                }));
            }

            inPeriod.Sort((a, b) => a.At.CompareTo(b.At));
            section.Runs.AddRange(inPeriod.Select(r => r.Run));

            // The gaps: the last run before the period opens it (when there is one), the evidence date closes it.
            var times = ingests.Select(i => i.RecordedAt).Concat(runs.Select(AuditRunTime.Of)).Where(t => t < periodStart).OrderBy(t => t).TakeLast(1)
                .Concat(inPeriod.Select(r => r.At)).ToList();
            if (times.Count == 0) return section;
            times.Add(periodEnd);
            for (int i = 1; i < times.Count; i++)
            {
                double gap = (times[i] - times[i - 1]).TotalDays;
                if (gap > section.LongestGapDays)
                {
                    section.LongestGapDays = Math.Round(gap, 1);
                    section.LongestGapFrom = Format(times[i - 1]);
                    section.LongestGapTo = i == times.Count - 1 ? Format(periodEnd.AddDays(-1)) + " (end of the evidence date)" : Format(times[i]);
                }
            }

            return section;

            bool InPeriod(DateTime at) => at >= periodStart && at < periodEnd;
        }

        private static string Format(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
