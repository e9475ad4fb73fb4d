namespace TokenGuard.Cli.Audit
{
    /// <summary>Something wrong with an inventory entry itself: no live token behind it, or fields missing.</summary>
    internal sealed class EntryFinding
    {
        public EntryFinding(AuditEntry entry, string code, string detail)
        {
            Entry = entry;
            Code = code;
            Detail = detail;
        }

        public AuditEntry Entry { get; }

        public string Code { get; }

        public string Detail { get; }
    }
}
