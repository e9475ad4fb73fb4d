using System;
using System.Collections.Generic;

namespace TokenGuard.Store
{
    /// <summary>The inventory's system of record: every ingest, every token's lifetime and field changes, every audit run.</summary>
    public interface IInventoryStore : IDisposable
    {
        /// <summary>Records the artifacts in one transaction: all of them or, on any failure, none.</summary>
        IngestOutcome Ingest(IReadOnlyList<StoreArtifact> artifacts, DateTime recordedAt);

        /// <summary>Changes, oldest first.</summary>
        IReadOnlyList<TokenChange> History(HistoryQuery query);

        /// <summary>
        /// Every token source live now (<paramref name="asOf"/> null) or at the end of that instant, with the fields it
        /// had then, ordered by repository, project and token so an export is stable.
        /// </summary>
        IEnumerable<StoredSource> LiveSources(DateTime? asOf);

        /// <summary>Until disposed, every read sees the store as it was at one instant (an export reads it twice).</summary>
        IDisposable BeginSnapshot();

        /// <summary>Records an audit run with its coverage and findings; returns its id.</summary>
        long RecordAudit(AuditRunRecord run, DateTime recordedAt);

        /// <summary>Every audit run, oldest first, with its coverage, findings, live tokens and departed/unknown owners.</summary>
        IReadOnlyList<StoredAuditRun> AuditRuns();

        /// <summary>Every ingest, oldest first.</summary>
        IReadOnlyList<StoredIngest> Ingests();

        /// <summary>Every token the store has known, listed or removed, with its last recorded fields.</summary>
        IReadOnlyList<StoredTokenLifetime> TokenLifetimes();

        /// <summary>The store as the user knows it: "SQLite store /path" or "PostgreSQL store host:port/db", never a password.</summary>
        string Description { get; }

        /// <summary>The schema version of the store (after migrations).</summary>
        int SchemaVersion { get; }
    }
}
