using System;
using System.Globalization;
using Microsoft.Build.Utilities;

namespace TokenGuard.Build
{
    /// <summary>Parses the MSBuild properties the tasks share, reporting bad values instead of throwing.</summary>
    internal static class BuildSettings
    {
        /// <summary>
        /// <c>TokenGuardToday</c> (yyyy-MM-dd) when set, for reproducible builds and tests; otherwise
        /// today's UTC date, so a token expires at the same moment on every build agent.
        /// </summary>
        public static bool TryGetToday(string? value, TaskLoggingHelper log, out DateTime today)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                today = DateTime.UtcNow.Date;
                return true;
            }

            if (Conventions.TryParseDate(text: value!.Trim(), date: out today))
            {
                return true;
            }

            log.LogError("TokenGuardToday must be a date in {0} form, not '{1}'.", Conventions.DateFormat, value);
            return false;
        }
    }
}
