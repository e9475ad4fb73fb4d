using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>Each testing step's pass criterion judged on its section, and the overall verdict: pass only when every criterion passes.</summary>
    internal static class EvidenceCriteria
    {
        public static void Judge(EvidenceReport report, EvidenceOptions options)
        {
            report.Criteria.Add(Coverage(report.Systems));
            report.Criteria.Add(Sample(report.Sample));
            report.Criteria.Add(Discovery(report.Discovery, options));
            report.Criteria.Add(Deprovisioning(report.Deprovisioning));
            bool passed = report.Criteria.All(c => c.Passed);
            report.Verdict = passed ? "pass" : "fail";
            foreach (EvidenceCriterion criterion in report.Criteria.Where(c => !c.Passed))
                report.VerdictReasons.Add($"{criterion.Title}: {string.Join("; ", criterion.Reasons)}");
            if (passed) report.VerdictReasons.Add("every criterion passes");
        }

        private static EvidenceCriterion Coverage(SystemComparisonSection systems)
        {
            var criterion = new EvidenceCriterion { Id = "coverage", Title = $"The inventory holds at least {Number(systems.MinimumCoverage)}% of each system's live tokens" };
            if (systems.AuditDate is null || systems.Systems.Count == 0)
            {
                criterion.Reasons.Add("no audit run in the period: nothing compares the inventory with the providers");
                return criterion;
            }

            foreach (SystemCoverage system in systems.Systems)
                criterion.Reasons.Add($"{system.System}: {system.Inventoried} of {system.Live} live inventoried ({Number(system.Coverage)}%, {(system.Passed ? "pass" : "fail")})");
            if (systems.Systems.Count < 3) criterion.Reasons.Add($"only {systems.Systems.Count} system(s) audited; the test samples three");
            criterion.Passed = systems.Systems.All(s => s.Passed);
            return criterion;
        }

        private static EvidenceCriterion Sample(SampleSection sample)
        {
            var criterion = new EvidenceCriterion { Id = "sample", Title = $"Every required field is filled for a sample of {TokenSample.MinimumSize}-{TokenSample.Size} tokens" };
            var incomplete = sample.Tokens.Where(t => t.Missing.Count > 0).ToList();
            if (sample.Tokens.Count < TokenSample.MinimumSize)
                criterion.Reasons.Add($"the inventory has {sample.Population} token(s), fewer than the {TokenSample.MinimumSize} a sample needs");
            foreach (SampledToken token in incomplete) criterion.Reasons.Add($"{token.Id} ({token.Source}) lacks {string.Join(", ", token.Missing)}");
            if (criterion.Reasons.Count == 0) criterion.Reasons.Add($"{sample.Tokens.Count} tokens sampled (seed {sample.Seed}), every field filled");
            criterion.Passed = sample.Tokens.Count >= TokenSample.MinimumSize && incomplete.Count == 0;
            return criterion;
        }

        private static EvidenceCriterion Discovery(DiscoverySection discovery, EvidenceOptions options)
        {
            double maximum = options.MaximumGap.TotalDays;
            var criterion = new EvidenceCriterion { Id = "discovery", Title = $"Automated discovery runs at least every {Number(maximum)} days, with documented results" };
            if (discovery.Runs.Count == 0)
            {
                criterion.Reasons.Add("no discovery run (ingest or audit run) in the period");
                return criterion;
            }

            criterion.Reasons.Add($"{discovery.Runs.Count} run(s) in the period; longest gap {Number(discovery.LongestGapDays)} days ({discovery.LongestGapFrom} to {discovery.LongestGapTo})");
            criterion.Passed = discovery.LongestGapDays <= maximum;
            return criterion;
        }

        private static EvidenceCriterion Deprovisioning(DeprovisioningSection deprovisioning)
        {
            var criterion = new EvidenceCriterion
            {
                Id = "deprovisioning",
                Title = $"Departed owners' tokens leave the inventory and the provider within {Number(deprovisioning.TargetHours)} h (three most recent events)",
            };
            List<DeprovisioningEvent> recent = deprovisioning.Events.Take(3).ToList();
            if (recent.Count == 0)
            {
                criterion.Reasons.Add("no departed owner with tokens in the store's history: removal within the target cannot be shown");
                return criterion;
            }

            foreach (DeprovisioningEvent ev in recent)
            {
                string timing = ev.HoursToRevoke is double hours ? Number(hours) + " h" : "not finished";
                criterion.Reasons.Add($"{ev.Owner} (left {ev.LeftAt}): {ev.Tokens.Count} token(s), {timing}, {(ev.WithinTarget ? "within" : "outside")} the target");
            }

            if (recent.Count < 3) criterion.Reasons.Add($"only {recent.Count} event(s) in the store's history");
            criterion.Reasons.AddRange(deprovisioning.StillLive.Select(s => "still live: " + s));
            criterion.Passed = recent.All(e => e.WithinTarget) && deprovisioning.StillLive.Count == 0;
            return criterion;
        }

        private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
