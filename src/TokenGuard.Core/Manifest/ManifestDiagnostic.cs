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
            // Messages quote manifest values; a token pasted into a field must not be echoed back whole.
            Message = Redaction.RedactSecrets(message)!;
        }

        public string Id { get; }

        public ManifestSeverity Severity { get; }

        public SourceLocation Location { get; }

        public string Message { get; }

        public override string ToString() => Location + ": " + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + Message;
    }
}
