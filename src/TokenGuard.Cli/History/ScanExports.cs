using System;
using System.Collections.Generic;

namespace TokenGuard.Cli.History
{
    /// <summary>The provider exports given to <c>scan</c>: the options and formats of <c>audit</c>.</summary>
    internal sealed class ScanExports
    {
        public IReadOnlyList<string> GitHub { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> Aws { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> AzureDevOps { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> GitLab { get; set; } = Array.Empty<string>();

        public bool Any => GitHub.Count + Aws.Count + AzureDevOps.Count + GitLab.Count > 0;
    }
}
