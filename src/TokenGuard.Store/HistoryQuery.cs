using System;

namespace TokenGuard.Store
{
    /// <summary>Which changes <c>inventory history</c> lists; every filter optional.</summary>
    public sealed class HistoryQuery
    {
        /// <summary>A store identity (<c>provider:github:123</c>, <c>fingerprint:…</c>, <c>id:repo/name</c>), a manifest id or a provider ref.</summary>
        public string? Token { get; set; }

        public string? Repository { get; set; }

        /// <summary>Changes at or after this instant (UTC).</summary>
        public DateTime? Since { get; set; }
    }
}
