using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// What <see cref="SecretDecision"/> answers: nothing, tokens of known formats, or one secret no format rule
    /// recognises; with the diagnostic id every host reports it under. Never holds the value: fingerprint and redacted form only.
    /// </summary>
    public sealed class SecretVerdict
    {
        public static readonly SecretVerdict None = new SecretVerdict(null, Array.Empty<TokenFinding>(), null, null);

        private SecretVerdict(string? diagnosticId, IReadOnlyList<TokenFinding> knownTokens, string? fingerprint, string? redacted)
        {
            DiagnosticId = diagnosticId;
            KnownTokens = knownTokens;
            Fingerprint = fingerprint;
            Redacted = redacted;
        }

        /// <summary>TG0001, TG0002 or TG0004; null when the value is not reported here.</summary>
        public string? DiagnosticId { get; }

        public bool IsReported => DiagnosticId != null;

        /// <summary>Tokens of known formats, each reported at its own span; empty for a generic secret.</summary>
        public IReadOnlyList<TokenFinding> KnownTokens { get; }

        /// <summary>The generic secret's fingerprint; null for known tokens (each carries its own).</summary>
        public string? Fingerprint { get; }

        public string? Redacted { get; }

        public bool IsGenericSecret => Fingerprint != null;

        internal static SecretVerdict Known(string diagnosticId, IReadOnlyList<TokenFinding> tokens) =>
            tokens.Count == 0 ? None : new SecretVerdict(diagnosticId, tokens, null, null);

        internal static SecretVerdict Generic(string diagnosticId, string secret) =>
            new SecretVerdict(diagnosticId, Array.Empty<TokenFinding>(), Redaction.Fingerprint(secret), Redaction.Redact(secret));
    }
}
