using System;

namespace TokenGuard.Inventory
{
    /// <summary>The artifact formats <c>TokenGuardInventoryFormats</c> can ask for.</summary>
    [Flags]
    public enum InventoryFormat
    {
        None = 0,
        Json = 1,
        Csv = 2,
        CycloneDx = 4,
        Sarif = 8,
    }
}
