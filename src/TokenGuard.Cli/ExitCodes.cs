namespace TokenGuard.Cli
{
    /// <summary>The exit codes of every <c>tokenguard</c> command, documented in README ("Exit codes").</summary>
    internal static class ExitCodes
    {
        /// <summary>Nothing found; the audit's coverage reached the minimum.</summary>
        public const int Clean = 0;

        /// <summary>Tokens or unregistered usages found, or the audit's coverage fell below the minimum.</summary>
        public const int Findings = 1;

        /// <summary>An input could not be used: unreadable file or export, broken manifest, invalid option value. Nothing was written.</summary>
        public const int UnusableInput = 2;

        /// <summary>A bug in TokenGuard: one line on standard error names the file holding the details.</summary>
        public const int InternalError = 3;
    }
}
