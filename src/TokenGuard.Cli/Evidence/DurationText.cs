using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>Durations as options take them: <c>90d</c>, <c>24h</c>, <c>2w</c>, <c>30m</c>.</summary>
    internal static class DurationText
    {
        private static readonly Regex Shape = new Regex("^([0-9]{1,6})([mhdw])$", RegexOptions.CultureInvariant);

        public static bool TryParse(string text, out TimeSpan duration)
        {
            duration = default;
            Match match = Shape.Match(text.Trim());
            if (!match.Success) return false;
            int count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (count == 0) return false;
            duration = match.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(count),
                "h" => TimeSpan.FromHours(count),
                "d" => TimeSpan.FromDays(count),
                _ => TimeSpan.FromDays(7 * count),
            };
            return true;
        }

        /// <summary>"26.5 h", "3.0 d": hours below three days, else days.</summary>
        public static string Format(TimeSpan duration) =>
            Math.Abs(duration.TotalHours) < 72
                ? duration.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) + " h"
                : duration.TotalDays.ToString("0.0", CultureInfo.InvariantCulture) + " d";
    }
}
