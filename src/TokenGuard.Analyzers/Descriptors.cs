using Microsoft.CodeAnalysis;

namespace TokenGuard.Analyzers
{
    /// <summary>Every diagnostic the analyzers report. Messages name the fix and show tokens only redacted.</summary>
    internal static class Descriptors
    {
        private const string Category = "Security";

        public static readonly DiagnosticDescriptor HardCodedKnownToken = new DiagnosticDescriptor(
            DiagnosticIds.HardCodedKnownToken,
            title: "Hard-coded token",
            messageFormat: "Hard-coded {0} {1}: revoke it, store it in a secret store, read it through configuration and register it in tokens.yaml",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A string in source code holds a token of a known format. Anyone who can read the repository can use it.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HardCodedKnownToken));

        public static readonly DiagnosticDescriptor HardCodedCredential = new DiagnosticDescriptor(
            DiagnosticIds.HardCodedLikelySecret,
            title: "Likely hard-coded secret",
            messageFormat: "Hard-coded credential {1} in {0}: store it in a secret store, read it through configuration and register it in tokens.yaml",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A string literal flows into a parameter that receives a credential (or is assigned to a secret-like name with a random-looking value). Placeholders such as \"\", \"<token>\" or \"${VAR}\" are not reported.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HardCodedLikelySecret));

        public static readonly DiagnosticDescriptor UntraceableCredential = new DiagnosticDescriptor(
            DiagnosticIds.UntraceableCredential,
            title: "Credential source cannot be traced",
            messageFormat: "The credential passed to {0} comes from an expression TokenGuard cannot trace to a configuration key or environment variable; make sure its source is registered in tokens.yaml",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "TokenGuard follows literals, configuration reads and environment variables (also through locals) into credential parameters. Values from parameters, fields or method calls cannot be followed.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UntraceableCredential));

        public static readonly DiagnosticDescriptor UnregisteredUsage = new DiagnosticDescriptor(
            DiagnosticIds.UnregisteredUsage,
            title: "Token usage not registered in the manifest",
            messageFormat: "Token {0} '{1}' has no entry in {2}; add an entry listing this usage with its owner, scope and expiry",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Code reads a token from an environment variable or configuration key that no tokens.yaml entry lists, so the token is missing from the inventory. Errors instead of warnings when TokenGuardEnforce is true (the default on CI).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnregisteredUsage));

        public static readonly DiagnosticDescriptor AppSettingsTokenValue = new DiagnosticDescriptor(
            DiagnosticIds.AppSettingsTokenValue,
            title: "Token value in a settings file",
            messageFormat: "'{0}' in {1} holds a {2} {3}: revoke it, leave the value empty here and supply it from a secret store, user-secrets or an environment variable",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Settings files (appsettings*.json, launchSettings.json, web.config, app.config, nuget.config, publish profiles, compose files, .env) are committed and often copied to build output; a token in them is readable by anyone with the repository or the deployment.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.AppSettingsTokenValue));

        public static readonly DiagnosticDescriptor AppSettingsUnregisteredKey = new DiagnosticDescriptor(
            DiagnosticIds.AppSettingsUnregisteredKey,
            title: "Token setting not registered in the manifest",
            messageFormat: "Setting '{0}' in {1} looks like a token but has no entry in {2}; add an entry with '{3}: {0}', its owner, scope and expiry",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A secret-like configuration key that no tokens.yaml entry lists is a token missing from the inventory. Errors instead of warnings when TokenGuardEnforce is true (the default on CI).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.AppSettingsUnregisteredKey));

        public static readonly DiagnosticDescriptor SettingsFileUnreadable = new DiagnosticDescriptor(
            DiagnosticIds.SettingsFileUnreadable,
            title: "Settings file could not be read",
            messageFormat: "{0} could not be checked for tokens: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "TokenGuard reads appsettings*.json as .NET's JSON configuration provider does (comments and trailing commas allowed), XML configuration without DTDs, and compose files as YAML; this file could not be parsed (or is too large or too deeply nested), so it was not checked.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SettingsFileUnreadable));

        public static readonly DiagnosticDescriptor UnusedManifestEntry = new DiagnosticDescriptor(
            DiagnosticIds.UnusedManifestEntry,
            title: "Manifest entry not used by this project",
            messageFormat: "Token '{0}' is not read by this project's code; if no project uses it any more, revoke it and remove the entry",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "No environment variable, configuration read or accepted literal in this compilation matches the entry's usages. With one manifest for many projects, other projects may use it; an entry no project uses is an orphaned token.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnusedManifestEntry),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>
        /// Info on every registered read: shows developers which inventory entry a read maps to. The same reads
        /// reach the inventory task through the usage files (<see cref="UsageFile"/>), whatever this diagnostic's severity.
        /// </summary>
        public static readonly DiagnosticDescriptor TokenUsageLocated = new DiagnosticDescriptor(
            DiagnosticIds.TokenUsageLocated,
            title: "Token usage",
            messageFormat: "Reads token '{0}' registered in {1} (owner {2}, expires {3})",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "This read matches a manifest entry. The build records its file and line in the inventory artifact, so the inventory maps each token to the code that uses it.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.TokenUsageLocated));

        public static readonly DiagnosticDescriptor ManifestMissingOrUnreadable = new DiagnosticDescriptor(
            DiagnosticIds.ManifestMissingOrUnreadable,
            title: "Token manifest missing or unreadable",
            messageFormat: "{0}; token usages are not checked until it is fixed",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "TokenGuard needs tokens.yaml (found from the project folder upward, or set by TokenGuardManifest) to check token usages.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ManifestMissingOrUnreadable),
            customTags: WellKnownDiagnosticTags.CompilationEnd);
    }
}
