using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.Audit
{
    /// <summary>What <c>tokenguard audit</c> was given.</summary>
    internal sealed class AuditInputs
    {
        /// <summary>The inventory file; empty when the store's live inventory is audited alone.</summary>
        public string Inventory { get; set; } = "";

        /// <summary>The inventory store (--store or TOKENGUARD_STORE), if any.</summary>
        public string? Store { get; set; }

        public IReadOnlyList<string> GitHub { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> Aws { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> AzureDevOps { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> GitLab { get; set; } = Array.Empty<string>();

        /// <summary>Owners exports (directories' own, or principal,status lists), merged.</summary>
        public IReadOnlyList<string> Owners { get; set; } = Array.Empty<string>();

        /// <summary>principal,identity map where a directory identity is not user:&lt;local part&gt;.</summary>
        public string? OwnerMap { get; set; }

        /// <summary>The audit date (yyyy-MM-dd); today in UTC when not given.</summary>
        public DateTime Today { get; set; } = DateTime.UtcNow.Date;

        public double MinimumCoverage { get; set; } = 95;

        public bool Lenient { get; set; }

        /// <summary>table or json, on standard output.</summary>
        public string Format { get; set; } = "table";

        /// <summary>Where to write the self-contained HTML report, if anywhere.</summary>
        public string? Html { get; set; }
    }
}
