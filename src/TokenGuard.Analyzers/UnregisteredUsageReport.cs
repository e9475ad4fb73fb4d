using System;
using Microsoft.CodeAnalysis;
using TokenGuard.Detection;
using TokenGuard.Manifest;

namespace TokenGuard.Analyzers
{
    /// <summary>What TG0003 needs from a read, shared by the analyzers that find reads: is it a token key, is it registered, the diagnostic.</summary>
    internal static class UnregisteredUsageReport
    {
        /// <summary>A secret-looking key; connection strings carry credentials whatever their name.</summary>
        public static bool IsTokenKey(string key) =>
            SecretNames.LooksLikeSecret(key) || key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase);

        /// <summary>The entry registering the read; a key from a section of unknown path matches a usage ending with it.</summary>
        public static ManifestEntry? EntryFor(UsageMatcher matcher, TokenRead read) =>
            read.PrefixKnown ? matcher.Find(read.Key) : matcher.FindEndingWith(read.Key);

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
