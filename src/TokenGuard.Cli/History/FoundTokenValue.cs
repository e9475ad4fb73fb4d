using System;
using TokenGuard.Detection;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Asks the export index about a finding. Most matches need only the fingerprint; a GitHub token is matched by its
    /// last eight characters, so its value is taken from the finding's line, compared, and dropped — never kept or printed.
    /// </summary>
    internal static class FoundTokenValue
    {
        public static LiveStatus? Check(LiveTokenIndex live, ScanFinding finding, Func<string?> text)
        {
            string? provider = finding.Token?.Rule.Provider;
            string? value = provider != null && provider.IndexOf("github", StringComparison.OrdinalIgnoreCase) >= 0 ? ValueAt(text(), finding) : null;
            return live.Find(finding.Fingerprint!, provider, value);
        }

        /// <summary>The known-format token on the finding's line whose fingerprint is the finding's.</summary>
        private static string? ValueAt(string? text, ScanFinding finding)
        {
            if (text is null) return null;
            string[] lines = text.Split('\n');
            if (finding.Line < 1 || finding.Line > lines.Length) return null;
            string line = lines[finding.Line - 1];
            foreach (TokenFinding token in TokenScanner.Default.Scan(line))
            {
                if (token.Fingerprint == finding.Fingerprint) return line.Substring(token.Start, token.Length);
            }

            return null;
        }
    }
}
