namespace TokenGuard.Detection
{
    /// <summary>The kinds of place a value can sit in, as far as deciding whether it is a committed secret goes.</summary>
    public enum ValuePositionKind
    {
        /// <summary>A C# string literal (or an interpolated string's text), maybe given to a receiving name.</summary>
        SourceLiteral,

        /// <summary>A C# constant assembled from pieces (<c>"ghp_" + Rest</c>): known formats only, its pieces are literals of their own.</summary>
        SourceConstant,

        /// <summary>A literal argument to a parameter named like a secret (<c>new ApiClient(apiKey: "…")</c>).</summary>
        SecretParameter,

        /// <summary>A value flowing into a credential sink (<c>NetworkCredential</c>, an <c>Authorization</c> header …).</summary>
        CredentialSink,

        /// <summary>
        /// A C# literal the syntax shows to be a credential though no name says so: the text after an authentication
        /// scheme (<c>"Bearer " + "…"</c>) or an argument of a method that authenticates (<c>Login("admin", "…")</c>).
        /// </summary>
        AuthenticationLiteral,

        /// <summary>A value in a settings file (appsettings*.json), at a configuration key.</summary>
        SettingsValue,

        /// <summary>
        /// A value assigned to a name in a text file no parser reads (YAML, properties, shell, Terraform, notes):
        /// <see cref="TextAssignments"/>. The name must say secret (or end in <c>auth</c>); a random UUID counts under it.
        /// </summary>
        TextAssignment,
    }
}
