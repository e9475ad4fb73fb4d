using System;
using System.Collections.Generic;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// One principal as the owners exports describe it, after merging: the standing that won (departed over
    /// active over not-yet-active), the export record it came from, and the exports that disagreed.
    /// </summary>
    public sealed class OwnerRecord
    {
        public OwnerRecord(string principal, OwnerStanding standing, string status, DateTime? leftOn, string source)
        {
            Principal = principal;
            Standing = standing;
            Status = status;
            LeftOn = leftOn;
            Source = source;
        }

        public string Principal { get; }

        public OwnerStanding Standing { get; }

        /// <summary>The status as the export words it: "DEPROVISIONED", "disabled", "suspended", "departed" …</summary>
        public string Status { get; }

        /// <summary>The day the person left, where the export records one (deletedDateTime, statusChanged …).</summary>
        public DateTime? LeftOn { get; }

        /// <summary>The export record: "okta-users.json:18".</summary>
        public string Source { get; }

        /// <summary>Records in other exports that still call the person active (a departure one directory has not caught up with).</summary>
        public List<string> ActiveIn { get; } = new List<string>();

        public bool IsActive => Standing == OwnerStanding.Active;

        /// <summary>"left on 2026-11-20 (DEPROVISIONED in okta-users.json:18; still active in entra-users.json:14)".</summary>
        public string Describe()
        {
            string where = $"{Status} in {Source}" + (ActiveIn.Count > 0 ? "; still active in " + string.Join(", ", ActiveIn) : "");
            switch (Standing)
            {
                case OwnerStanding.Departed:
                    return LeftOn is DateTime day ? $"left on {Conventions.FormatDate(day)} ({where})" : $"has left ({where})";
                case OwnerStanding.NotYetActive:
                    return $"is not yet active ({where})";
                default:
                    return $"is active ({where})";
            }
        }
    }
}
