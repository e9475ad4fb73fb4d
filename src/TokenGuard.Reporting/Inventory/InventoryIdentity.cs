using System.Collections.Generic;

namespace TokenGuard.Inventory
{
    /// <summary>
    /// When two inventory entries are one token, strongest first: the provider's own id; a value fingerprint
    /// (the same secret wherever it is declared); otherwise a manifest id, unique within its repository
    /// (projects share one manifest). Used by <c>inventory merge</c> and by the inventory store alike.
    /// </summary>
    public static class InventoryIdentity
    {
        public static IEnumerable<string> Of(InventoryToken token, string repository)
        {
            if (token.ProviderKind != null && token.ProviderRef != null)
                yield return $"provider:{token.ProviderKind.ToLowerInvariant()}:{token.ProviderRef}";
            foreach (string fingerprint in token.Fingerprints) yield return "fingerprint:" + fingerprint;
            if (token.Id != null) yield return $"id:{repository}/{token.Id}";
        }
    }
}
