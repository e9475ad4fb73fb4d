using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// What <c>scan</c> reports at a file position: a hard-coded token or secret (TG0001/TG0002/TG0004, carrying only its
    /// redacted form and fingerprint) or a token usage no manifest entry lists (TG0003 in C#, TG0005 in appsettings).
    /// </summary>
    internal sealed class ScanFinding
    {
        public const string UnregisteredUsageRule = "unregistered-usage";

        /// <summary>The rule of a secret no format rule recognises (TG0002, or TG0004 for a secret-named setting).</summary>
        public const string GenericSecretRule = "generic-secret";

        private ScanFinding(string file, int line, int column, string diagnosticId, string rule, string message, TokenFinding? token, string? redacted = null, string? fingerprint = null)
        {
            Redacted = token?.Redacted ?? redacted;
            Fingerprint = token?.Fingerprint ?? fingerprint;
            File = file;
            Line = line;
            Column = column;
            DiagnosticId = diagnosticId;
            Rule = rule;
            Message = message;
            Token = token;
        }

        /// <summary>Repository-relative, '/'-separated.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public string DiagnosticId { get; }

        /// <summary>The detection rule id, or <see cref="UnregisteredUsageRule"/>.</summary>
        public string Rule { get; }

        public string Message { get; }

        /// <summary>The token of a known format found; null for a generic secret and an unregistered usage.</summary>
        public TokenFinding? Token { get; }

        /// <summary>The secret's redacted form and fingerprint, known format or not; null for an unregistered usage.</summary>
        public string? Redacted { get; }

        public string? Fingerprint { get; }

        public bool IsSecret => Fingerprint != null;

        /// <param name="diagnosticId">TG0001 in source, TG0004 in a settings file: what <see cref="SecretDecision"/> said.</param>
        public static ScanFinding HardCoded(string file, int line, int column, TokenFinding token, string diagnosticId = DiagnosticIds.HardCodedKnownToken) =>
            new ScanFinding(file, line, column, diagnosticId, token.Rule.Id, $"{token.Rule.Description} {token.Redacted}", token);

        /// <summary>A generic secret given to <paramref name="receiver"/>: TG0002 in source, TG0004 in a settings file.</summary>
        public static ScanFinding Secret(string file, int line, int column, string receiver, SecretVerdict verdict) =>
            new ScanFinding(file, line, column, verdict.DiagnosticId!, GenericSecretRule, $"secret {verdict.Redacted} given to {Redaction.RedactSecrets(receiver)}", token: null, redacted: verdict.Redacted, fingerprint: verdict.Fingerprint);

        public static ScanFinding Unregistered(string file, int line, int column, TextUsage usage) =>
            new ScanFinding(
                file, line, column,
                usage.InSettingsFile ? DiagnosticIds.AppSettingsUnregisteredKey : DiagnosticIds.UnregisteredUsage,
                UnregisteredUsageRule,
                $"{usage.Kind} '{(usage.PrefixKnown ? usage.Name : "…:" + usage.Name)}' {(usage.InSettingsFile ? "is a secret-like setting" : "is read")} but no tokens.yaml entry lists it",
                null);
    }
}
