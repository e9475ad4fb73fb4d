using System;
using System.Collections.Generic;
using System.Linq;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// Testing step "sample the inventory": up to <see cref="Size"/> tokens drawn with a seeded generator, taken in turn
    /// from each system so every system is represented, each field with the source record it came from. The same store,
    /// date and seed draw the same sample, so the auditor can re-draw it.
    /// </summary>
    internal static class TokenSample
    {
        /// <summary>The auditor's sample is 15 to 20 tokens: 20 when the inventory has them.</summary>
        public const int Size = 20;

        public const int MinimumSize = 15;

        public static SampleSection Draw(IReadOnlyList<InventoryRecord> inventory, int seed)
        {
            var random = new Random(seed);
            var bySystem = inventory
                .OrderBy(r => r.Source.Repository, StringComparer.Ordinal).ThenBy(r => r.Source.Project, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
                .GroupBy(r => r.System, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Shuffled(g.ToList(), random))
                .ToList();
            var section = new SampleSection { Seed = seed, Population = inventory.Count };
            int target = Math.Min(Size, inventory.Count);
            for (int round = 0; section.Tokens.Count < target; round++)
            {
                foreach (List<InventoryRecord> system in bySystem)
                {
                    if (round < system.Count && section.Tokens.Count < target) section.Tokens.Add(Sampled(system[round]));
                }
            }

            return section;
        }

        private static List<InventoryRecord> Shuffled(List<InventoryRecord> records, Random random)
        {
            for (int i = records.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (records[i], records[j]) = (records[j], records[i]);
            }

            return records;
        }

        private static SampledToken Sampled(InventoryRecord record)
        {
            var token = new SampledToken { Id = record.Id, System = record.System, Source = record.Provenance };
            foreach ((string field, string? value) in record.RequiredFields())
            {
                token.Fields.Add(new SampledField { Field = field, Value = value, Source = record.Provenance });
                if (value is null) token.Missing.Add(field);
            }

            return token;
        }
    }
}
