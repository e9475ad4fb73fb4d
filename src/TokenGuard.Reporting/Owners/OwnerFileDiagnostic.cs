namespace TokenGuard.Manifest
{
    /// <summary>A problem in one owners export or owner map: the file, and a TG1004 diagnostic at its line.</summary>
    public sealed class OwnerFileDiagnostic
    {
        public OwnerFileDiagnostic(string path, ManifestDiagnostic diagnostic)
        {
            Path = path;
            Diagnostic = diagnostic;
        }

        public string Path { get; }

        public ManifestDiagnostic Diagnostic { get; }

        public override string ToString() => $"{Path}({Diagnostic.Location.Line}{(Diagnostic.Location.Column > 1 ? "," + Diagnostic.Location.Column : "")}): {Diagnostic.Severity.ToString().ToLowerInvariant()}: {Diagnostic.Message}";
    }
}
