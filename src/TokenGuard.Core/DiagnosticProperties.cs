namespace TokenGuard
{
    /// <summary>
    /// Keys of the properties TokenGuard's diagnostics carry. Code fixes read these, never the message, so messages
    /// can be reworded freely (a SARIF error log writes them under <c>result.properties.customProperties</c>; the
    /// inventory task reads usages from <see cref="UsageFiles"/>). Values are never a token: only its fingerprint and redacted form.
    /// </summary>
    public static class DiagnosticProperties
    {
        /// <summary>The id of the manifest entry a diagnostic is about (TG0006, TG0010).</summary>
        public const string TokenId = "TokenId";

        /// <summary>How the token is read: <c>env</c> or <c>config</c>, as the manifest's usage forms.</summary>
        public const string UsageKind = "UsageKind";

        /// <summary>The environment variable or configuration key read (only its tail when <see cref="PrefixKnown"/> is false).</summary>
        public const string UsageName = "UsageName";

        /// <summary><c>true</c> or <c>false</c>: false when the section a key is read from could not be traced.</summary>
        public const string PrefixKnown = "PrefixKnown";

        /// <summary>The id of the detection rule that recognised a token's format.</summary>
        public const string RuleId = "RuleId";

        /// <summary>How many leading characters of the token are its rule's fixed prefix (<c>ghp_</c>: 4), as the redaction shows them.</summary>
        public const string KnownPrefixLength = "KnownPrefixLength";

        /// <summary>The token's fingerprint, as a manifest's <c>fingerprints:</c> list accepts it.</summary>
        public const string Fingerprint = "Fingerprint";

        /// <summary>The token as the message shows it, redacted.</summary>
        public const string Redacted = "Redacted";

        /// <summary>The value written for a true flag.</summary>
        public const string True = "true";

        /// <summary>The value written for a false flag.</summary>
        public const string False = "false";
    }
}
