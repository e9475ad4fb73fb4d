using System;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The store the evidence tests read, built once: weekly ingests and audit runs from 2026-09-07, and four departures —
    /// carol (2026-10-01, token gone from both within 24 h), bob (2026-11-10, the owners list gives no day, so the first
    /// audit run showing him gone dates it), alice (2026-11-20, two tokens, 10 h and 21 h) and dave (2026-11-25, never revoked).
    /// </summary>
    public sealed class EvidenceStore : IDisposable
    {
        internal static DateTime Utc(int month, int day, int hour = 0, int year = 2026) => new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc);

        public EvidenceStore()
        {
            Scenario = new EvidenceScenario();
            Scenario.Own("gh-token-03", "user:carol");
            Scenario.Own("gl-token-04", "user:bob");
            Scenario.Own("gh-token-07", "user:alice");
            Scenario.Own("gl-token-08", "user:alice");
            Scenario.Own("gh-token-11", "user:dave");
            Scenario.Leaves("user:carol", Utc(10, 1));
            Scenario.Leaves("user:bob", Utc(11, 10, 8), undated: true);
            Scenario.Leaves("user:alice", Utc(11, 20));
            Scenario.Leaves("user:dave", Utc(11, 25));
            Scenario.Revoked("gh-token-03", inventory: Utc(10, 1, 13), provider: Utc(10, 1, 17));
            Scenario.Revoked("gl-token-04", inventory: Utc(11, 10, 9), provider: Utc(11, 10, 10));
            Scenario.Revoked("gh-token-07", inventory: Utc(11, 20, 10), provider: Utc(11, 20, 20));
            Scenario.Revoked("gl-token-08", inventory: Utc(11, 20, 10), provider: Utc(11, 20, 20));
            Scenario.Every(days: 7, first: Utc(9, 7), last: Utc(11, 30));
            Scenario.IngestAt(Utc(10, 1, 14));
            Scenario.AuditAt(Utc(10, 1, 18));
            Scenario.IngestAt(Utc(11, 10, 9).AddMinutes(30));
            Scenario.AuditAt(Utc(11, 10, 11));
            Scenario.IngestAt(Utc(11, 20, 10));
            Scenario.AuditAt(Utc(11, 20, 21));
            Scenario.Play();
        }

        internal EvidenceScenario Scenario { get; }

        public void Dispose() => Scenario.Dispose();
    }
}
