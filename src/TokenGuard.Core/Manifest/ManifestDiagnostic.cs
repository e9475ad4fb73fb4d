using System.Collections.Generic;
using TokenGuard.Detection;

namespace TokenGuard.Manifest
{
    /// <summary>A problem in the manifest, with the file position that MSBuild, IDEs and CI annotate.</summary>
    public sealed class ManifestDiagnostic
    {
        public ManifestDiagnostic(string id, ManifestSeverity severity, SourceLocation location, string message)
        {
            Id = id;
            Severity = severity;
            Location = location;
            Message = RedactTokens(message);
        }

        public string Id { get; }

        public ManifestSeverity Severity { get; }

        public SourceLocation Location { get; }

        public string Message { get; }

        // Messages quote manifest values; a token pasted into a field must not be echoed back whole.
        private static string RedactTokens(string message)
        {
            IReadOnlyList<TokenFinding> findings = TokenScanner.Default.Scan(message);
            for (int i = findings.Count - 1; i >= 0; i--)
            {
                message = message.Substring(0, findings[i].Start) + findings[i].Redacted + message.Substring(findings[i].Start + findings[i].Length);
            }

            return message;
        }

        public override string ToString() => Location + ": " + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + Message;
    }
}
