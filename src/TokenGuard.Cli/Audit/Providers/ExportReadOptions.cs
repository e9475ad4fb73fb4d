using System.Collections.Generic;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>How strictly exports are read, and the warnings a lenient read collects for the report.</summary>
    internal sealed class ExportReadOptions
    {
        private readonly List<string> _warnings = new List<string>();

        /// <summary>Unknown fields become warnings instead of errors (providers add fields over time).</summary>
        public bool Lenient { get; set; }

        public IReadOnlyList<string> Warnings => _warnings;

        public void Warn(string warning) => _warnings.Add(warning);
    }
}
