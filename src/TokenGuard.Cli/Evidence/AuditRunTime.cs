using System;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// When an audit run looked at the providers: the time it was recorded when that was on its audit date, else the audit
    /// date itself (a run recorded later with <c>--today</c> for an earlier day only says which day).
    /// </summary>
    internal static class AuditRunTime
    {
        public static DateTime Of(StoredAuditRun run) =>
            run.RecordedAt.Date == run.Run.AuditDate.Date ? run.RecordedAt : DateTime.SpecifyKind(run.Run.AuditDate.Date, DateTimeKind.Utc);
    }
}
