using System;
using System.Collections.Generic;

namespace TokenGuard.Store
{
    /// <summary>One <c>tokenguard audit</c> run as the store keeps it: the discovery log an auditor asks for.</summary>
    public sealed class AuditRunRecord
    {
        public DateTime AuditDate { get; set; }

        /// <summary>The exports (and owners file) the audit read.</summary>
        public List<string> Inputs { get; } = new List<string>();

        public double MinimumCoverage { get; set; }

        public double Coverage { get; set; }

        public bool Passed { get; set; }

        public List<AuditCoverageRecord> CoverageBySystem { get; } = new List<AuditCoverageRecord>();

        public List<AuditFindingRecord> Findings { get; } = new List<AuditFindingRecord>();

        /// <summary>Every token the providers listed live in this run (schema v2): when it stopped being live is the first run without it.</summary>
        public List<AuditLiveTokenRecord> LiveTokens { get; } = new List<AuditLiveTokenRecord>();

        /// <summary>Owners the directories said were departed or did not know (schema v2): the first run showing them gone dates the departure.</summary>
        public List<AuditOwnerRecord> Owners { get; } = new List<AuditOwnerRecord>();
    }

    /// <summary>Live and inventoried tokens of one provider in one audit run.</summary>
    public sealed class AuditCoverageRecord
    {
        public string System { get; set; } = "";

        public int Live { get; set; }

        public int Inventoried { get; set; }
    }

    /// <summary>One finding of an audit run: its code, the provider, the token (provider ref or inventory id) and why.</summary>
    public sealed class AuditFindingRecord
    {
        public string Code { get; set; } = "";

        public string? System { get; set; }

        public string? Token { get; set; }

        public string? Detail { get; set; }
    }
}
