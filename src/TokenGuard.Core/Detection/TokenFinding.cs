namespace TokenGuard.Detection
{
    /// <summary>
    /// A token found in a piece of text. It carries where the token is and how to show it, never the value.
    /// </summary>
    public sealed class TokenFinding
    {
        public TokenFinding(TokenRule rule, int start, int length, string redacted, string fingerprint)
        {
            Rule = rule;
            Start = start;
            Length = length;
            Redacted = redacted;
            Fingerprint = fingerprint;
        }

        public TokenRule Rule { get; }

        /// <summary>Offset of the token in the scanned text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>Display form, e.g. <c>ghp_…(sha256:1f3e9a2b)</c>.</summary>
        public string Redacted { get; }

        /// <summary><c>sha256:</c> of the token's UTF-8 bytes; what a manifest lists to accept a known literal.</summary>
        public string Fingerprint { get; }
    }
}
