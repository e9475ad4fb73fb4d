using System;
using System.CommandLine;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// <c>--store STORE</c>: a SQLite file, or a PostgreSQL connection string (<c>Host=…;Database=…</c>);
    /// <c>TOKENGUARD_STORE</c> when the option is not given.
    /// </summary>
    internal static class StoreOption
    {
        public static Option<string?> Create(bool required) => new Option<string?>("--store")
        {
            Description = $"Inventory store: a SQLite file, or a PostgreSQL connection string (Host=…;Database=…). Default: ${InventoryStores.EnvironmentVariable}"
                + (required ? "" : " when set"),
        };

        /// <summary>The option's value, else the environment variable's; null when neither is set.</summary>
        public static string? Resolve(string? given)
        {
            if (!string.IsNullOrWhiteSpace(given)) return given;
            string? fromEnvironment = Environment.GetEnvironmentVariable(InventoryStores.EnvironmentVariable);
            return string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment;
        }
    }
}
