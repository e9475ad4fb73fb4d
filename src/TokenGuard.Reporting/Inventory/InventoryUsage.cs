namespace TokenGuard.Inventory
{
    /// <summary>A manifest usage as listed in the inventory: <c>env</c> or <c>config</c> and its name.</summary>
    public sealed class InventoryUsage
    {
        public InventoryUsage(string kind, string name)
        {
            Kind = kind;
            Name = name;
        }

        public string Kind { get; }

        public string Name { get; }
    }
}
