using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// What <c>scan</c> reports at a file position: a hard-coded token (TG0001, carrying only its redacted
    /// form and fingerprint) or a token usage no manifest entry lists (TG0003 in C#, TG0005 in appsettings).
    /// </summary>
    internal sealed class ScanFinding
    {
        public const string UnregisteredUsageRule = "unregistered-usage";

        private ScanFinding(string file, int line, int column, string diagnosticId, string rule, string message, TokenFinding? token)
        {
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

        /// <summary>The token found; null for an unregistered usage.</summary>
        public TokenFinding? Token { get; }

        public static ScanFinding HardCoded(string file, int line, int column, TokenFinding token) =>
            new ScanFinding(file, line, column, DiagnosticIds.HardCodedKnownToken, token.Rule.Id, $"{token.Rule.Description} {token.Redacted}", token);

        public static ScanFinding Unregistered(string file, int line, int column, TextUsage usage) =>
            new ScanFinding(
                file, line, column,
                usage.InSettingsFile ? DiagnosticIds.AppSettingsUnregisteredKey : DiagnosticIds.UnregisteredUsage,
                UnregisteredUsageRule,
                $"{usage.Kind} '{usage.Name}' {(usage.InSettingsFile ? "is a secret-like setting" : "is read")} but no tokens.yaml entry lists it",
                null);
    }
}
