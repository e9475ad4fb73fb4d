using System;

namespace TokenGuard.Inventory
{
    /// <summary>An inventory artifact that does not follow the schema; the reader adds the file and line.</summary>
    public sealed class InventoryFormatException : Exception
    {
        public InventoryFormatException(string message)
            : base(message)
        {
        }
    }
}
