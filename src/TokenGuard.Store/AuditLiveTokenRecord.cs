namespace TokenGuard.Store
{
    /// <summary>One token a provider listed live in an audit run: its provider ref, the inventory entry it matched and its owner.</summary>
    public sealed class AuditLiveTokenRecord
    {
        public string System { get; set; } = "";

        /// <summary>The provider ref (or provider-side name) of the live token.</summary>
        public string Token { get; set; } = "";

        /// <summary>The inventory entry it matched; null when not inventoried.</summary>
        public string? InventoryId { get; set; }

        /// <summary>The owner the audit counted: the inventory's when matched, else the provider account.</summary>
        public string? Owner { get; set; }
    }
}
