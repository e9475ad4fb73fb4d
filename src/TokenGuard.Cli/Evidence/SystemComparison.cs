using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>Testing step "compare with the systems": live and inventoried tokens per system in the period's latest audit run, each against the minimum coverage.</summary>
    internal static class SystemComparison
    {
        public static SystemComparisonSection Of(IReadOnlyList<StoredAuditRun> runsInPeriod, double minimumCoverage)
        {
            var section = new SystemComparisonSection { MinimumCoverage = minimumCoverage };
            foreach (StoredAuditRun run in runsInPeriod)
            {
                foreach (AuditCoverageRecord system in run.Run.CoverageBySystem)
                    section.History.Add(new CoveragePoint { Date = Day(run), System = system.System, Coverage = Percent(system) });
            }

            StoredAuditRun? latest = runsInPeriod.LastOrDefault();
            if (latest is null) return section;
            section.AuditDate = Day(latest);
            foreach (AuditCoverageRecord system in latest.Run.CoverageBySystem)
            {
                double coverage = Percent(system);
                section.Systems.Add(new SystemCoverage { System = system.System, Live = system.Live, Inventoried = system.Inventoried, Coverage = coverage, Passed = coverage >= minimumCoverage });
            }

            return section;
        }

        private static string Day(StoredAuditRun run) => AuditRunTime.Of(run).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static double Percent(AuditCoverageRecord system) => system.Live == 0 ? 100 : Math.Round(100.0 * system.Inventoried / system.Live, 1);
    }
}
