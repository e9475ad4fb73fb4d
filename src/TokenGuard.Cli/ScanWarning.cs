namespace TokenGuard.Cli
{
    /// <summary>
    /// An entry of the working tree that <c>scan</c> did not read (special file, symbolic link out of the tree,
    /// unreadable file or folder). Printed on standard error as <c>path: warning: message</c>; it does not change
    /// the exit code on its own.
    /// </summary>
    internal sealed class ScanWarning
    {
        public const string NotRegular = "skipped, not a regular file";

        public ScanWarning(string file, string message)
        {
            File = file;
            Message = message;
        }

        /// <summary>Repository-relative, '/'-separated.</summary>
        public string File { get; }

        public string Message { get; }
    }
}
