using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TokenGuard.Manifest;

namespace TokenGuard.Inventory
{
    /// <summary>The entries every inventory format writes, in one stable order (by id, then manifest line).</summary>
    internal static class InventoryRows
    {
        public static IEnumerable<ManifestEntry> Ordered(TokenManifest manifest) =>
            manifest.Entries.OrderBy(e => e.Id ?? "", StringComparer.Ordinal).ThenBy(e => e.Location.Line);

        public static string? Date(DateTime? date) => date is DateTime day ? Conventions.FormatDate(day) : null;

        public static string? Expires(ManifestEntry entry) => entry.NeverExpires ? "never" : Date(entry.Expires);

        public static string Usages(ManifestEntry entry, string separator) =>
            string.Join(separator, entry.Usages.Select(u => u.Kind + ":" + u.Name).OrderBy(u => u, StringComparer.Ordinal));
    }
}
