using System;

namespace TokenGuard.Store
{
    /// <summary>An audit run read back from the store: when it was recorded and everything it recorded.</summary>
    public sealed class StoredAuditRun
    {
        public long Id { get; set; }

        public DateTime RecordedAt { get; set; }

        public AuditRunRecord Run { get; set; } = new AuditRunRecord();
    }
}
