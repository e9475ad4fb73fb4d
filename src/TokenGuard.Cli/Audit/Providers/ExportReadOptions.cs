using System.Collections.Generic;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Cli.Audit.Providers
{
    /// <summary>How strictly exports are read, and the warnings a lenient read collects for the report.</summary>
    internal sealed class ExportReadOptions
    {
        private readonly List<string> _warnings = new List<string>();

        /// <summary>Unknown fields become warnings instead of errors (providers add fields over time).</summary>
        public bool Lenient { get; set; }

        public IReadOnlyList<string> Warnings => _warnings;

        /// <summary>Warnings quote export values (field names, user names): made safe to print here.</summary>
        public void Warn(string warning) => _warnings.Add(TerminalText.Safe(warning));
    }
}
