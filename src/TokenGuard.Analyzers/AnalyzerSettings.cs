using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenGuard.Analyzers
{
    /// <summary>The MSBuild properties the package exposes to the compiler through CompilerVisibleProperty.</summary>
    internal sealed class AnalyzerSettings
    {
        private AnalyzerSettings(string? manifestPath, bool enforce)
        {
            ManifestPath = manifestPath;
            Enforce = enforce;
        }

        /// <summary><c>TokenGuardManifest</c>: which AdditionalFile is the manifest.</summary>
        public string? ManifestPath { get; }

        /// <summary><c>TokenGuardEnforce</c>: unregistered usages are errors, not warnings.</summary>
        public bool Enforce { get; }

        public static AnalyzerSettings From(AnalyzerOptions options)
        {
            AnalyzerConfigOptions global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            global.TryGetValue("build_property.TokenGuardManifest", out string? manifest);
            global.TryGetValue("build_property.TokenGuardEnforce", out string? enforce);
            return new AnalyzerSettings(
                string.IsNullOrWhiteSpace(manifest) ? null : manifest,
                string.Equals(enforce?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        }
    }
}
