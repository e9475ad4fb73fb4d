using System;

namespace TokenGuard.Store
{
    /// <summary>A token's life in the inventory: first seen, removed (null while listed) and its last recorded fields.</summary>
    public sealed class StoredTokenLifetime
    {
        public string Identity { get; set; } = "";

        public DateTime FirstSeen { get; set; }

        public DateTime? RemovedAt { get; set; }

        /// <summary>The fields (inventory token JSON) of its most recent version.</summary>
        public string Fields { get; set; } = "{}";
    }
}
