using System;

namespace TokenGuard.Store
{
    /// <summary>One event in a token's history: added, a field changed, removed, restored. Values are redacted.</summary>
    public sealed class TokenChange
    {
        public DateTime ChangedAt { get; set; }

        /// <summary>The store's identity of the token (strongest of the merge's identities when first seen).</summary>
        public string Token { get; set; } = "";

        public string Repository { get; set; } = "";

        public string Project { get; set; } = "";

        public string Commit { get; set; } = "";

        public long Ingest { get; set; }

        /// <summary>added, changed, removed or restored.</summary>
        public string Change { get; set; } = "";

        public string? Field { get; set; }

        public string? OldValue { get; set; }

        public string? NewValue { get; set; }
    }
}
