using Microsoft.CodeAnalysis;
using TokenGuard.Manifest;

namespace TokenGuard.CodeFixes
{
    /// <summary>The usage a diagnostic asks to register, read from its properties: messages are for people and may be reworded.</summary>
    internal static class DiagnosticUsage
    {
        /// <summary>Null when the diagnostic names no usage, or only the tail of a key read from an untraceable section.</summary>
        public static TokenUsageRequest? Of(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.UsageName, out string? name) || string.IsNullOrEmpty(name)) return null;
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.UsageKind, out string? kind) || !IsKnownKind(kind)) return null;
            diagnostic.Properties.TryGetValue(DiagnosticProperties.PrefixKnown, out string? prefixKnown);
            if (prefixKnown != DiagnosticProperties.True) return null;
            return new TokenUsageRequest(kind: kind!, name: name!);
        }

        private static bool IsKnownKind(string? kind) => kind == TokenUsage.EnvironmentKind || kind == TokenUsage.ConfigurationKind;
    }
}
