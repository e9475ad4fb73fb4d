using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// The evidence an auditor files, one section per testing step, each criterion judged with its reasons.
    /// Serialized as is to evidence.json; the HTML page shows the same object.
    /// </summary>
    internal sealed class EvidenceReport
    {
        public string Today { get; set; } = "";

        public string PeriodStart { get; set; } = "";

        public int PeriodDays { get; set; }

        public string Store { get; set; } = "";

        public List<string> OwnerExports { get; set; } = new List<string>();

        /// <summary>"pass" or "fail".</summary>
        public string Verdict { get; set; } = "fail";

        public List<string> VerdictReasons { get; set; } = new List<string>();

        public List<EvidenceCriterion> Criteria { get; set; } = new List<EvidenceCriterion>();

        public InventorySection Inventory { get; set; } = new InventorySection();

        public SystemComparisonSection Systems { get; set; } = new SystemComparisonSection();

        public SampleSection Sample { get; set; } = new SampleSection();

        public DiscoverySection Discovery { get; set; } = new DiscoverySection();

        public DeprovisioningSection Deprovisioning { get; set; } = new DeprovisioningSection();
    }

    /// <summary>One pass criterion of the testing steps.</summary>
    internal sealed class EvidenceCriterion
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public bool Passed { get; set; }

        public List<string> Reasons { get; set; } = new List<string>();
    }

    internal sealed class InventorySection
    {
        public int Tokens { get; set; }

        public List<FieldCompleteness> Fields { get; set; } = new List<FieldCompleteness>();
    }

    internal sealed class FieldCompleteness
    {
        public string Field { get; set; } = "";

        public int Filled { get; set; }

        public double Percent { get; set; }
    }

    internal sealed class SystemComparisonSection
    {
        /// <summary>The audit run compared (the latest of the period), or null when the period has none.</summary>
        public string? AuditDate { get; set; }

        public double MinimumCoverage { get; set; }

        public List<SystemCoverage> Systems { get; set; } = new List<SystemCoverage>();

        /// <summary>Coverage per system in every audit run of the period, oldest first: the chart.</summary>
        public List<CoveragePoint> History { get; set; } = new List<CoveragePoint>();
    }

    internal sealed class SystemCoverage
    {
        public string System { get; set; } = "";

        public int Live { get; set; }

        public int Inventoried { get; set; }

        public double Coverage { get; set; }

        public bool Passed { get; set; }
    }

    internal sealed class CoveragePoint
    {
        public string Date { get; set; } = "";

        public string System { get; set; } = "";

        public double Coverage { get; set; }
    }

    internal sealed class SampleSection
    {
        public int Seed { get; set; }

        public int Population { get; set; }

        public List<SampledToken> Tokens { get; set; } = new List<SampledToken>();
    }

    internal sealed class SampledToken
    {
        public string Id { get; set; } = "";

        public string System { get; set; } = "";

        /// <summary>The source record every field came from: repository, commit, project, manifest line.</summary>
        public string Source { get; set; } = "";

        public List<SampledField> Fields { get; set; } = new List<SampledField>();

        public List<string> Missing { get; set; } = new List<string>();
    }

    internal sealed class SampledField
    {
        public string Field { get; set; } = "";

        public string? Value { get; set; }

        public string Source { get; set; } = "";
    }

    internal sealed class DiscoverySection
    {
        public List<DiscoveryRun> Runs { get; set; } = new List<DiscoveryRun>();

        public double LongestGapDays { get; set; }

        public string? LongestGapFrom { get; set; }

        public string? LongestGapTo { get; set; }
    }

    internal sealed class DiscoveryRun
    {
        public string Date { get; set; } = "";

        /// <summary>"ingest" (inventory discovery from builds) or "audit" (provider exports compared).</summary>
        public string Kind { get; set; } = "";

        public List<string> Systems { get; set; } = new List<string>();

        public string Result { get; set; } = "";
    }

    internal sealed class DeprovisioningSection
    {
        public double TargetHours { get; set; }

        /// <summary>Every departed owner with their tokens, most recent departure first.</summary>
        public List<DeprovisioningEvent> Events { get; set; } = new List<DeprovisioningEvent>();

        /// <summary>Tokens of departed owners a provider still lists live in the latest audit run.</summary>
        public List<string> StillLive { get; set; } = new List<string>();
    }

    internal sealed class DeprovisioningEvent
    {
        public string Owner { get; set; } = "";

        public string LeftAt { get; set; } = "";

        /// <summary>Where the departure date comes from: the directory export, or the first audit run that showed them gone.</summary>
        public string LeftSource { get; set; } = "";

        public List<RevokedToken> Tokens { get; set; } = new List<RevokedToken>();

        /// <summary>The longest time any of the owner's tokens took to leave the inventory or the provider; null while one has not.</summary>
        public double? HoursToRevoke { get; set; }

        public bool WithinTarget { get; set; }
    }

    internal sealed class RevokedToken
    {
        public string Token { get; set; } = "";

        public string? System { get; set; }

        /// <summary>Whether the inventory listed it (a token only a provider attributes to the owner can only leave the provider).</summary>
        public bool InInventory { get; set; }

        /// <summary>When the store recorded it removed; null while still listed.</summary>
        public string? RemovedFromInventory { get; set; }

        public double? HoursToInventoryRemoval { get; set; }

        public string? LastSeenLive { get; set; }

        /// <summary>The first audit run after <see cref="LastSeenLive"/> that no longer listed it.</summary>
        public string? GoneAtProvider { get; set; }

        public double? HoursToProviderRevocation { get; set; }

        public bool StillLive { get; set; }

        public bool WithinTarget { get; set; }
    }
}
