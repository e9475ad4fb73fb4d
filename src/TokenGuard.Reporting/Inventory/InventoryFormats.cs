using System;
using System.Collections.Generic;

namespace TokenGuard.Inventory
{
    /// <summary>Parses <c>TokenGuardInventoryFormats</c> (<c>json;csv;cyclonedx;sarif</c>) and names each format's file.</summary>
    public static class InventoryFormats
    {
        public static InventoryFormat Parse(string? text, out IReadOnlyList<string> unknown)
        {
            var problems = new List<string>();
            InventoryFormat formats = InventoryFormat.None;
            foreach (string raw in (text ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                switch (raw.Trim().ToLowerInvariant())
                {
                    case "": break;
                    case "json": formats |= InventoryFormat.Json; break;
                    case "csv": formats |= InventoryFormat.Csv; break;
                    case "cyclonedx": case "cdx": formats |= InventoryFormat.CycloneDx; break;
                    case "sarif": formats |= InventoryFormat.Sarif; break;
                    default: problems.Add(raw.Trim()); break;
                }
            }

            unknown = problems;
            return formats == InventoryFormat.None ? InventoryFormat.Json : formats;
        }

        /// <summary>The file written beside the JSON inventory for a format.</summary>
        public static string FileName(InventoryFormat format) => format switch
        {
            InventoryFormat.Csv => "tokenguard-inventory.csv",
            InventoryFormat.CycloneDx => "tokenguard-inventory.cdx.json",
            InventoryFormat.Sarif => "tokenguard.sarif",
            _ => "tokenguard-inventory.json",
        };
    }
}
