using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using TokenGuard.Detection;

namespace TokenGuard
{
    /// <summary>
    /// The only way a token value leaves TokenGuard: a short recognisable prefix plus a fingerprint.
    /// The full value is never printed in a diagnostic, log, artifact or exception.
    /// </summary>
    public static class Redaction
    {
        private const int MaxVisiblePrefix = 4;

        /// <summary>Shorter values (passwords, PINs) show no characters at all.</summary>
        private const int MinLengthToShowPrefix = 16;

        /// <summary><c>sha256:</c> of the value's UTF-8 bytes, lower-case hex; what the manifest's <c>fingerprints</c> hold.</summary>
        public static string Fingerprint(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
            var builder = new StringBuilder("sha256:", 7 + hash.Length * 2);
            foreach (byte b in hash) builder.Append(b.ToString("x2"));
            return builder.ToString();
        }

        /// <summary>
        /// A display form such as <c>ghp_…(sha256:1f3e9a2b)</c>: the format's public prefix (at most
        /// <paramref name="knownPrefixLength"/> characters, never more than a quarter of the value) and
        /// the first eight hex digits of the fingerprint.
        /// </summary>
        public static string Redact(string value, int knownPrefixLength = 0)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            int visible = knownPrefixLength > 0
                ? Math.Min(knownPrefixLength, value.Length / 4)
                : Math.Min(MaxVisiblePrefix, value.Length / 8);
            if (value.Length < MinLengthToShowPrefix) visible = 0;
            string shortFingerprint = Fingerprint(value).Substring(0, "sha256:".Length + 8);
            return value.Substring(0, visible) + "…(" + shortFingerprint + ")";
        }
    
        /// <summary>
        /// The redaction gate: <paramref name="text"/> with every token the detection engine recognises
        /// replaced by its <see cref="Redact"/> form. Every writer and message passes values through here,
        /// so a token pasted into a manifest field, an export or an inventory never leaves TokenGuard whole.
        /// Returns the same instance when nothing was found (no allocation on the common path).
        /// </summary>
        public static string? RedactSecrets(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            IReadOnlyList<TokenFinding> findings = TokenScanner.Default.ScanForRedaction(text!);
            if (findings.Count == 0) return text;
            var builder = new StringBuilder(text!.Length);
            int copied = 0;
            foreach (TokenFinding finding in findings)
            {
                builder.Append(text, copied, finding.Start - copied).Append(finding.Redacted);
                copied = finding.Start + finding.Length;
            }

            return builder.Append(text, copied, text.Length - copied).ToString();
        }

        /// <summary>
        /// True when <paramref name="text"/> holds a token the detection engine recognises that authenticates by
        /// itself (an AWS access key id only identifies a key: see <see cref="TokenRule.IdentifiesOnly"/>).
        /// </summary>
        public static bool ContainsSecret(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (TokenFinding finding in TokenScanner.Default.Scan(text!))
            {
                if (!finding.Rule.IdentifiesOnly) return true;
            }

            return false;
        }
    }
}
