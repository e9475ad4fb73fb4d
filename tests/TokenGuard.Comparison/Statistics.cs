using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Comparison
{
    public static class Statistics
    {
        /// <summary>The middle value (the mean of the two middle ones for an even count): repeated timings on a shared machine have outliers.</summary>
        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
