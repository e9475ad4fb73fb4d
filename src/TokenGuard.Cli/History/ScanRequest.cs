using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.History
{
    /// <summary>What <c>tokenguard scan</c> was asked: the tree (default), the index (<c>--staged</c>) or the history, and how to report.</summary>
    internal sealed class ScanRequest
    {
        public string Path { get; set; } = ".";

        public string Format { get; set; } = "text";

        public string? Manifest { get; set; }

        public bool History { get; set; }

        public bool Staged { get; set; }

        /// <summary>A revision or yyyy-MM-dd (history only).</summary>
        public string? Since { get; set; }

        /// <summary>"all" or ref names (history only).</summary>
        public IReadOnlyList<string> Branches { get; set; } = Array.Empty<string>();

        /// <summary>Default: &lt;repository&gt;/tokenguard-baseline.yaml, honoured when present.</summary>
        public string? Baseline { get; set; }

        public bool WriteBaseline { get; set; }

        public ScanExports Exports { get; set; } = new ScanExports();

        /// <summary>Show a progress bar (terminal, text output).</summary>
        public bool Interactive { get; set; }
    }
}
