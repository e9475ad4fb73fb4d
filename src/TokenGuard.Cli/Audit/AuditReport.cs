using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Cli.Audit
{
    /// <summary>The audit's result: every live token with its findings, the inventory's own gaps, and the coverage verdict.</summary>
    internal sealed class AuditReport
    {
        public AuditReport(DateTime today, double minimumCoverage)
        {
            Today = today;
            MinimumCoverage = minimumCoverage;
        }

        public DateTime Today { get; }

        /// <summary>Percent of live tokens that must be inventoried for the audit to pass.</summary>
        public double MinimumCoverage { get; }

        public List<string> Inputs { get; } = new List<string>();

        /// <summary>Input problems that did not stop the audit (lenient reads, ambiguous joins): shown with the report, never hidden.</summary>
        public List<string> Warnings { get; } = new List<string>();

        public List<AuditedToken> Tokens { get; } = new List<AuditedToken>();

        public List<EntryFinding> EntryFindings { get; } = new List<EntryFinding>();

        /// <summary>Every inventory entry audited, and the owners exports read (null without --owners): the store records who was gone.</summary>
        public List<AuditEntry> Entries { get; } = new List<AuditEntry>();

        public TokenGuard.Manifest.OwnerDirectory? Owners { get; set; }

        public IEnumerable<AuditedToken> LiveTokens => Tokens.Where(t => t.Live.Active);

        public int LiveCount => LiveTokens.Count();

        public int InventoriedCount => LiveTokens.Count(t => t.Entry != null);

        /// <summary>Percent of live tokens found in the inventory; 100 when the providers report none.</summary>
        public double Coverage => LiveCount == 0 ? 100 : Math.Round(100.0 * InventoriedCount / LiveCount, 1);

        public bool Passed => Coverage >= MinimumCoverage;

        public int Count(string finding) =>
            LiveTokens.Count(t => t.Findings.Contains(finding)) + EntryFindings.Count(f => f.Code == finding);
    }
}
