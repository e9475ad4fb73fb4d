using System;
using System.Collections.Generic;
using TokenGuard.Csv;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Which manifest principal a directory identity is, where the default (the address's local part, the GitHub
    /// login) is wrong: CSV <c>principal,identity</c>, or YAML <c>map: [{ principal: user:alice, identity: alice-contoso }]</c>.
    /// An identity is matched case-insensitively against every name a record carries (address, login, directory id).
    /// </summary>
    internal static class OwnerMap
    {
        public static Dictionary<string, string> Read(string path, byte[] bytes)
        {
            var (text, _) = OwnerText.Decode(bytes);
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) ReadCsv(text, map);
            else ReadYaml(text, map);
            return map;
        }

        private static void ReadCsv(string text, Dictionary<string, string> map)
        {
            IReadOnlyList<CsvRecord> records;
            try
            {
                records = CsvRecords.Read(text);
            }
            catch (CsvInputException ex)
            {
                throw new OwnerExportException(ex.Line, "owner map is not CSV: " + ex.Message);
            }

            var header = new CsvHeader(records.Count > 0 ? records[0].Fields : new string[0]);
            int principal = header.IndexOf("principal");
            int identity = header.IndexOf("identity");
            if (principal < 0 || identity < 0) throw new OwnerExportException(1, "owner map needs a header row with 'principal' and 'identity' columns");
            for (int i = 1; i < records.Count; i++)
            {
                if (records[i].IsBlank) continue;
                Add(map, records[i].Line, CsvHeader.Field(records[i].Fields, principal), CsvHeader.Field(records[i].Fields, identity));
            }
        }

        private static void ReadYaml(string text, Dictionary<string, string> map)
        {
            if (!(OwnerYaml.Root(text, "owner map") is YamlMappingNode root)
                || !root.Children.TryGetValue(new YamlScalarNode("map"), out YamlNode? list)
                || !(list is YamlSequenceNode entries))
                throw new OwnerExportException(1, "owner map must contain a 'map:' list of { principal, identity } entries");

            foreach (YamlNode item in entries.Children)
            {
                int line = (int)item.Start.Line;
                if (!(item is YamlMappingNode mapping)) throw new OwnerExportException(line, "each owner map entry needs a 'principal' and an 'identity'");
                Add(map, line, Scalar(mapping, "principal"), Scalar(mapping, "identity"));
            }
        }

        private static string Scalar(YamlMappingNode mapping, string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) && node is YamlScalarNode scalar ? (scalar.Value ?? "").Trim() : "";

        private static void Add(Dictionary<string, string> map, int line, string principal, string identity)
        {
            if (identity.Length == 0) throw new OwnerExportException(line, "owner map entry has no identity");
            if (!(principal.StartsWith("user:", StringComparison.OrdinalIgnoreCase) || principal.StartsWith("team:", StringComparison.OrdinalIgnoreCase) || principal.StartsWith("service:", StringComparison.OrdinalIgnoreCase)))
                throw new OwnerExportException(line, "owner map principal must be user:<login>, team:<name> or service:<name>");
            if (map.TryGetValue(identity, out string? earlier) && !string.Equals(earlier, principal, StringComparison.OrdinalIgnoreCase))
                throw new OwnerExportException(line, $"identity '{identity}' is mapped to both '{earlier}' and '{principal}'");
            map[identity] = principal;
        }
    }
}
