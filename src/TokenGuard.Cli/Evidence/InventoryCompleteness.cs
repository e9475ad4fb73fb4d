using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>Testing step "inventory export": the inventory held at the evidence date, and how complete each required field is.</summary>
    internal static class InventoryCompleteness
    {
        public static InventorySection Of(IReadOnlyList<InventoryRecord> inventory)
        {
            var section = new InventorySection { Tokens = inventory.Count };
            foreach (string field in InventoryRecord.RequiredFieldNames)
            {
                int filled = inventory.Count(record => record.RequiredFields().First(f => f.Field == field).Value != null);
                section.Fields.Add(new FieldCompleteness
                {
                    Field = field,
                    Filled = filled,
                    Percent = inventory.Count == 0 ? 0 : Math.Round(100.0 * filled / inventory.Count, 1),
                });
            }

            return section;
        }
    }
}
