using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TokenGuard.Comparison
{
    /// <summary>Writes GitHub-flavoured markdown tables.</summary>
    public static class MarkdownTable
    {
        public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            var text = new StringBuilder();
            text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
            text.Append('|').Append(string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:"))).Append("|\n");
            foreach (var row in rows)
            {
                if (row.Count != header.Count) throw new ArgumentException($"row has {row.Count} cells, header {header.Count}");
                text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|")))).Append(" |\n");
            }
            return text.ToString();
        }

        public static readonly string[] ScoreHeader = { "tool", "TP", "FP", "FN", "precision", "recall", "F1" };

        /// <summary>One row per tool: TP, FP, FN, precision, recall, F1.</summary>
        public static string Totals(IEnumerable<ToolScore> scores) =>
            Render(ScoreHeader, scores.Select(s => Row("**" + s.Tool + "**", s.Total)));

        /// <summary>One row per family and tool.</summary>
        public static string ByFamily(IReadOnlyList<ToolScore> scores)
        {
            var families = scores.SelectMany(s => s.ByFamily.Keys).Distinct().OrderBy(f => f == "unlabelled" ? "~" : f, StringComparer.Ordinal).ToList();
            var rows = new List<IReadOnlyList<string>>();
            foreach (string family in families)
                foreach (var score in scores)
                    rows.Add(Row(family + " · " + score.Tool, score.ByFamily.TryGetValue(family, out var s) ? s : Score.Zero));
            return Render(new[] { "family · tool", "TP", "FP", "FN", "precision", "recall", "F1" }, rows);
        }

        /// <summary>Recall per syntactic position (secrets only), one column per tool.</summary>
        public static string RecallByPosition(IReadOnlyList<ToolScore> scores)
        {
            var positions = scores[0].Outcomes.Where(o => o.Label.IsSecret).Select(o => o.Label.Position).Distinct().ToList();
            var rows = positions.Select(p => (IReadOnlyList<string>)new[] { p }.Concat(scores.Select(s =>
            {
                var secrets = s.Outcomes.Where(o => o.Label.IsSecret && o.Label.Position == p).ToList();
                return secrets.Count(o => o.Flagged) + "/" + secrets.Count;
            })).ToList());
            return Render(new[] { "position (secrets found)" }.Concat(scores.Select(s => s.Tool)).ToList(), rows);
        }

        private static IReadOnlyList<string> Row(string name, Score s) => new[]
        {
            name, s.TruePositives.ToString(CultureInfo.InvariantCulture), s.FalsePositives.ToString(CultureInfo.InvariantCulture),
            s.FalseNegatives.ToString(CultureInfo.InvariantCulture), Ratio(s.TruePositives + s.FalsePositives, s.Precision),
            Ratio(s.TruePositives + s.FalseNegatives, s.Recall), Ratio(s.TruePositives + s.FalsePositives + s.FalseNegatives, s.F1),
        };

        private static string Ratio(int denominator, double value) => denominator == 0 ? "–" : value.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
