using Microsoft.CodeAnalysis;

namespace TokenGuard.Analyzers
{
    /// <summary>TG0003's diagnostic for a read, shared by the analyzers that find reads (whether it is one: <see cref="TokenKeys"/>).</summary>
    internal static class UnregisteredUsageReport
    {
        public static Diagnostic Create(TokenRead read, ManifestState manifest, DiagnosticSeverity severity)
        {
            bool environment = read.Kind == TokenReadKind.EnvironmentVariable;
            return Diagnostic.Create(
                Descriptors.UnregisteredUsage,
                read.KeyLocation,
                severity,
                additionalLocations: null,
                DiagnosticData.None.Usage(read),
                environment ? "environment variable" : "configuration key",
                read.PrefixKnown ? read.Key : "…:" + read.Key,
                manifest.DisplayPath);
        }
    }
}
