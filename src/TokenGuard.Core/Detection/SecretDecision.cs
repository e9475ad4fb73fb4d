using System;
using System.Collections.Generic;
using TokenGuard.Manifest;

namespace TokenGuard.Detection
{
    /// <summary>
    /// The one answer to "is this value, in this position, a hard-coded secret, and under which diagnostic":
    /// TG0001 for a known format in source, TG0002 for a random-looking value given to a secret-like name or a
    /// credential sink, TG0004 for either in a settings file. The analyzers and <c>tokenguard scan</c> both ask
    /// it, so the build and the command line report the same (file, line, id).
    /// </summary>
    public static class SecretDecision
    {
        /// <param name="value">The value as the program sees it (escapes resolved).</param>
        /// <param name="position">Where it sits.</param>
        /// <param name="manifest">Accepts listed fingerprints; null when there is no manifest.</param>
        public static SecretVerdict Decide(string value, ValuePosition position, UsageMatcher? manifest = null)
        {
            // A value holding a known format is reported for that (even when the manifest accepts it), never as a generic secret too.
            IReadOnlyList<TokenFinding> found = TokenScanner.Default.Scan(value);
            switch (position.Kind)
            {
                case ValuePositionKind.SourceLiteral:
                    if (found.Count > 0) return Known(DiagnosticIds.HardCodedKnownToken, found, manifest);
                    return position.Name != null && GenericSecrets.IsLikelySecret(position.Name, value)
                        ? Generic(DiagnosticIds.HardCodedLikelySecret, value, manifest)
                        : SecretVerdict.None;
                case ValuePositionKind.SourceConstant:
                    return Known(DiagnosticIds.HardCodedKnownToken, found, manifest);
                case ValuePositionKind.SecretParameter:
                    // A known format in the argument is the literal's own TG0001; reporting it here too would double it.
                    return found.Count == 0 && position.Name != null && GenericSecrets.IsLikelySecret(position.Name, value)
                        ? Generic(DiagnosticIds.HardCodedLikelySecret, value, manifest)
                        : SecretVerdict.None;
                case ValuePositionKind.CredentialSink:
                    string secret = AuthenticationSchemes.Strip(value);
                    return found.Count == 0 && !GenericSecrets.IsNotASecret(secret)
                        ? Generic(DiagnosticIds.HardCodedLikelySecret, secret, manifest)
                        : SecretVerdict.None;
                case ValuePositionKind.AuthenticationLiteral:
                    if (found.Count > 0) return Known(DiagnosticIds.HardCodedKnownToken, found, manifest);
                    string credential = AuthenticationSchemes.Strip(value);
                    return GenericSecrets.IsLikelyCredential(credential) ? Generic(DiagnosticIds.HardCodedLikelySecret, credential, manifest) : SecretVerdict.None;
                case ValuePositionKind.SettingsValue:
                    if (found.Count > 0) return Known(DiagnosticIds.AppSettingsTokenValue, found, manifest);
                    return position.Name != null && IsCommittedSetting(position.Name, value)
                        ? Generic(DiagnosticIds.AppSettingsTokenValue, value, manifest)
                        : SecretVerdict.None;
                default:
                    return SecretVerdict.None;
            }
        }

        private static SecretVerdict Known(string diagnosticId, IReadOnlyList<TokenFinding> found, UsageMatcher? manifest)
        {
            if (manifest is null || found.Count == 0) return SecretVerdict.Known(diagnosticId, found);
            var reported = new List<TokenFinding>(found.Count);
            foreach (TokenFinding finding in found)
            {
                if (!manifest.IsAcceptedFingerprint(finding.Fingerprint)) reported.Add(finding);
            }

            return SecretVerdict.Known(diagnosticId, reported);
        }

        // Format knowledge wins: a value a format says is public, a published sample or a checksum near miss is not a generic secret.
        private static SecretVerdict Generic(string diagnosticId, string secret, UsageMatcher? manifest) =>
            KnownNonSecrets.Recognises(secret) || manifest?.IsAcceptedFingerprint(Redaction.Fingerprint(secret)) == true
                ? SecretVerdict.None
                : SecretVerdict.Generic(diagnosticId, secret);

        // Key Vault references, placeholders and names of other settings are how secrets are meant to be referred
        // to from settings; password hashes are not the password; connection strings are the password rule's.
        private static bool IsCommittedSetting(string path, string value) =>
            SecretNames.LooksLikeSecret(path)
            && !path.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)
            && IsCredentialText(value)
            && !GenericSecrets.IsNotASecret(value)
            && !value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

        // A switch or a number under a secret's name (MARIADB_RANDOM_ROOT_PASSWORD: "true", TokenLifetime: 3600) is a setting about the secret.
        private static bool IsCredentialText(string value)
        {
            Settings.SettingValueKind kind = Settings.CredentialValue.Classify(value);
            return kind == Settings.SettingValueKind.Text || kind == Settings.SettingValueKind.UrlWithCredentials;
        }
    }
}
