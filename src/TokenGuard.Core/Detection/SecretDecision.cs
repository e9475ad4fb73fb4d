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
                    return found.Count == 0 && !GenericSecrets.IsNotASecret(secret) && !IsEncodedStandIn(secret)
                        ? Generic(DiagnosticIds.HardCodedLikelySecret, secret, manifest)
                        : SecretVerdict.None;
                case ValuePositionKind.AuthenticationLiteral:
                    if (found.Count > 0) return Known(DiagnosticIds.HardCodedKnownToken, found, manifest);
                    string credential = AuthenticationSchemes.Strip(value);
                    return GenericSecrets.IsLikelyCredential(credential) && !IsEncodedStandIn(credential) ? Generic(DiagnosticIds.HardCodedLikelySecret, credential, manifest) : SecretVerdict.None;
                case ValuePositionKind.SettingsValue:
                    if (found.Count > 0) return Known(DiagnosticIds.AppSettingsTokenValue, found, manifest);
                    return position.Name != null && IsCommittedSetting(position.Name, value)
                        ? Generic(DiagnosticIds.AppSettingsTokenValue, value, manifest)
                        : SecretVerdict.None;
                case ValuePositionKind.TextAssignment:
                    if (found.Count > 0) return Known(DiagnosticIds.HardCodedKnownToken, found, manifest);
                    return position.Name != null && IsAssignedSecret(position.Name, value)
                        ? Generic(DiagnosticIds.HardCodedLikelySecret, value.Trim(), manifest)
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

        // A secret-like name (or one ending in auth) and a random-looking value; in text, a random UUID is a key too. A
        // variable ($NAME, ${NAME}, $(cmd)), a YAML alias or tag, a Key Vault reference stands for the secret, elsewhere.
        private static bool IsAssignedSecret(string name, string value)
        {
            string trimmed = value.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '*' || trimmed[0] == '!' || trimmed[0] == '&') return false;
            if (trimmed[0] == '$' && trimmed.Length > 1 && (char.IsLetter(trimmed[1]) || trimmed[1] == '_' || trimmed[1] == '{' || trimmed[1] == '(')) return false;
            if (trimmed.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase)) return false;
            if (trimmed.IndexOf('`') >= 0 || IsFileName(name) || IsRootedPath(trimmed) || HasInnerEquals(trimmed)) return false;
            if (CodeExpressions.IsCodeExpression(trimmed)) return false;
            if (!SecretNames.LooksLikeSecretSetting(name, out bool passwordName) && !SecretNames.IsAuthName(name)) return false;
            if (TokenScanner.Default.StartsWithFormatPrefix(trimmed)) return false;
            if (GenericSecrets.IsRandomUuid(trimmed)) return true;

            // Base64 of printable text (a Kubernetes Secret's data, a Basic credential) is judged by that text: cGFzc3dvcmQ= is "password".
            string? decoded = PrintableBase64(trimmed);
            if (decoded != null) return IsAssignedValue(decoded, passwordName);
            return IsAssignedValue(trimmed, passwordName);
        }

        // Text has no types and much seed and sample data: a password of words a person chose is not reported there.
        private static bool IsAssignedValue(string value, bool passwordName) =>
            !GenericSecrets.LooksLikeWords(value) && GenericSecrets.IsLikelySecretValue(value, passwordName);

        /// <summary>
        /// <c>Basic dGVzdA==</c>: base64 of printable text (a Basic credential's user:password) is judged by its password,
        /// here <c>test</c>, a stand-in. Random key bytes are seldom all printable.
        /// </summary>
        private static bool IsEncodedStandIn(string credential)
        {
            string? decoded = PrintableBase64(credential.Trim());
            if (decoded is null) return false;
            // A user with no password (token:) authenticates with the user part.
            int colon = decoded.IndexOf(':');
            string password = colon < 0 ? decoded : colon == decoded.Length - 1 ? decoded.Substring(0, colon) : decoded.Substring(colon + 1);
            return GenericSecrets.IsNotASecret(password);
        }

        private static string? PrintableBase64(string value)
        {
            if (value.Length < 8 || value.Length % 4 != 0) return null;
            foreach (char c in value)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=')) return null;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(value);
            }
            catch (FormatException)
            {
                return null;
            }

            foreach (byte b in bytes)
            {
                if (b < 0x20 || b > 0x7E) return null;
            }

            return System.Text.Encoding.ASCII.GetString(bytes);
        }

        // secrets.py: a file, not a setting (lists of paths and fingerprints, "secrets.yaml: …" in notes).
        private static readonly string[] FileExtensions =
        {
            ".py", ".js", ".ts", ".go", ".rb", ".cs", ".java", ".json", ".yaml", ".yml", ".txt", ".env", ".pem", ".sh", ".xml",
            ".md", ".properties", ".cfg", ".conf", ".ini", ".toml", ".tf", ".p12", ".pfx", ".jks", ".crt",
        };

        // st=2025-03-04&se=…, a=b;c=d: parameters, not one token (base64 has '=' only as its trailing padding).
        private static bool HasInnerEquals(string value)
        {
            int equals = value.IndexOf('=');
            return equals >= 0 && equals < value.TrimEnd('=').Length;
        }

        // /tmp/keys/SA.json, ./certs/dev.pfx, ~/.config/x: where the secret is, not the secret.
        private static bool IsRootedPath(string value) =>
            (value.StartsWith("/", StringComparison.Ordinal) || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal) || value.StartsWith("~/", StringComparison.Ordinal))
            && value.IndexOf('/', value.IndexOf('/') + 1) > 0 && value.IndexOf('+') < 0;

        private static bool IsFileName(string name)
        {
            foreach (string extension in FileExtensions)
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        // Key Vault references, placeholders and names of other settings are how secrets are meant to be referred
        // to from settings; password hashes are not the password; connection strings are the password rule's.
        private static bool IsCommittedSetting(string path, string value) =>
            SecretNames.NamesSecretSetting(path)
            && !path.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)
            && IsCredentialText(value)
            && !GenericSecrets.IsNotASecret(value)
            && !IsLongNameInWords(value.Trim())
            && !value.StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

        // A name in camel-cased words as long as a generic secret (ValidateIssuerSigningKey) is an option, a scheme or a type
        // named there, as in source; a shorter one (HunterTwo) is how people choose passwords, and committed it is one.
        private static bool IsLongNameInWords(string value) =>
            value.Length >= GenericSecrets.MinLength && Rules.RulePatterns.IsNameInWords(value);

        // A switch or a number under a secret's name (MARIADB_RANDOM_ROOT_PASSWORD: "true", TokenLifetime: 3600) is a setting about the secret.
        private static bool IsCredentialText(string value)
        {
            Settings.SettingValueKind kind = Settings.CredentialValue.Classify(value);
            return kind == Settings.SettingValueKind.Text || kind == Settings.SettingValueKind.UrlWithCredentials;
        }
    }
}
