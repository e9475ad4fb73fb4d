using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Comparison
{
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public static Score operator +(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
        public static readonly Score Zero = new(0, 0, 0);
    }

    /// <summary>How each label fared with one tool.</summary>
    public sealed record LabelOutcome(Label Label, bool Flagged);

    public sealed record ToolScore(string Tool, Score Total, IReadOnlyDictionary<string, Score> ByFamily, IReadOnlyList<LabelOutcome> Outcomes, int UnlabelledFindings);

    /// <summary>
    /// Matches findings to labels by file and line (a finding anywhere in a label's line range counts; several
    /// findings on one label count once). A flagged secret is a TP, an unflagged one a FN; a flagged look-alike is
    /// a FP, and so is a finding on a line no label covers (it is in the family "unlabelled").
    /// </summary>
    public static class Scorer
    {
        public static ToolScore Score(string tool, IReadOnlyList<Label> labels, IEnumerable<Finding> findings)
        {
            var byFile = labels.GroupBy(l => l.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var flagged = new HashSet<Label>();
            foreach (var finding in findings.Distinct())
            {
                var hit = byFile.TryGetValue(finding.File, out var candidates)
                    ? candidates.Where(l => l.Line <= finding.Line && finding.Line <= l.EndLine).ToList()
                    : new List<Label>();
                foreach (Label label in hit) flagged.Add(label);
            }
            // Several findings on one unlabelled line are still one false positive per line.
            int unlabelled = findings.Distinct().Where(f => !(byFile.TryGetValue(f.File, out var c) && c.Any(l => l.Line <= f.Line && f.Line <= l.EndLine)))
                .Select(f => (f.File, f.Line)).Distinct().Count();

            var outcomes = labels.Select(l => new LabelOutcome(l, flagged.Contains(l))).ToList();
            var byFamily = new SortedDictionary<string, Score>(StringComparer.Ordinal);
            foreach (var outcome in outcomes)
            {
                var score = outcome.Label.IsSecret
                    ? (outcome.Flagged ? new Score(1, 0, 0) : new Score(0, 0, 1))
                    : (outcome.Flagged ? new Score(0, 1, 0) : Comparison.Score.Zero);
                byFamily[outcome.Label.Family] = (byFamily.TryGetValue(outcome.Label.Family, out var s) ? s : Comparison.Score.Zero) + score;
            }
            if (unlabelled > 0) byFamily["unlabelled"] = new Score(0, unlabelled, 0);
            var total = byFamily.Values.Aggregate(Comparison.Score.Zero, (a, b) => a + b);
            return new ToolScore(tool, total, byFamily, outcomes, unlabelled);
        }
    }
}
