using Microsoft.CodeAnalysis;
using TokenGuard.Detection;

namespace TokenGuard.Analyzers
{
    /// <summary>
    /// Turns a <see cref="SecretDecision"/> verdict into diagnostics; what to report was decided in Core,
    /// this only says where and with which properties.
    /// </summary>
    internal static class SecretDiagnostics
    {
        /// <summary>TG0001 for a token of a known format in source.</summary>
        public static Diagnostic KnownToken(Location location, TokenFinding finding) => Diagnostic.Create(
            Descriptors.HardCodedKnownToken,
            location,
            DiagnosticData.None.Finding(finding),
            finding.Rule.Description,
            finding.Redacted);

        /// <summary>TG0002 for a generic secret given to the position's receiver (a name, a sink), with its fingerprint for the code fix.</summary>
        public static Diagnostic GenericSecret(Location location, ValuePosition position, SecretVerdict verdict) => Diagnostic.Create(
            Descriptors.HardCodedCredential,
            location,
            DiagnosticData.None.Secret(fingerprint: verdict.Fingerprint!, redacted: verdict.Redacted!),
            position.Display,
            verdict.Redacted);
    }
}
