using System.Collections.Generic;

namespace TokenGuard.Cli.Audit
{
    /// <summary>A live token, the inventory entry it matched (if any), its fields with their sources and what is wrong with it.</summary>
    internal sealed class AuditedToken
    {
        public AuditedToken(LiveToken live, AuditEntry? entry, string? matchedBy)
        {
            Live = live;
            Entry = entry;
            MatchedBy = matchedBy;
        }

        public LiveToken Live { get; }

        public AuditEntry? Entry { get; }

        /// <summary>"provider ref" or "name tg:repo/id"; null when the token is not in the inventory.</summary>
        public string? MatchedBy { get; }

        /// <summary>The owner the report counts: the inventory's when matched, else the provider account.</summary>
        public string? Owner { get; set; }

        /// <summary>yyyy-MM-dd, or null when the token does not expire.</summary>
        public string? Expires { get; set; }

        public List<AuditField> Fields { get; } = new List<AuditField>();

        public List<string> Findings { get; } = new List<string>();

        /// <summary>What a finding rests on, where there is more to say than its code: who left, when, per which export.</summary>
        public Dictionary<string, string> FindingDetails { get; } = new Dictionary<string, string>();
    }
}
