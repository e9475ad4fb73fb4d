using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>What <c>tokenguard evidence</c> was asked for.</summary>
    internal sealed class EvidenceOptions
    {
        public string Store { get; set; } = "";

        public string? Json { get; set; }

        public string? Html { get; set; }

        /// <summary>The period the evidence covers, ending with <see cref="Today"/>.</summary>
        public TimeSpan Period { get; set; } = TimeSpan.FromDays(90);

        public DateTime Today { get; set; } = DateTime.UtcNow.Date;

        /// <summary>Directory exports read now, beside the departures the recorded audit runs kept.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        public string? OwnerMap { get; set; }

        /// <summary>The sample's seed; by default the evidence date (yyyyMMdd), so the same day's evidence draws the same sample.</summary>
        public int? SampleSeed { get; set; }

        /// <summary>The deprovisioning target: a departed owner's tokens leave the inventory and the provider within this.</summary>
        public TimeSpan RevokeWithin { get; set; } = TimeSpan.FromHours(24);

        public double MinimumCoverage { get; set; } = 95;

        /// <summary>The longest allowed gap between discovery runs.</summary>
        public TimeSpan MaximumGap { get; set; } = TimeSpan.FromDays(31);
    }
}
