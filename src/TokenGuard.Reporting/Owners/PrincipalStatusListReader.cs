using System;
using System.Collections.Generic;
using TokenGuard.Csv;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// TokenGuard's own owners list: CSV with a <c>principal</c> and optional <c>status</c> and <c>departed_on</c> columns, or YAML
    /// <c>owners: [{ principal: user:alice, status: active }]</c>. Status empty or "active" is active, anything else
    /// departed. It names teams and services too, so it makes every owner checked (<see cref="OwnerDirectory.ListsEveryOwner"/>).
    /// </summary>
    internal static class PrincipalStatusListReader
    {
        public const string Kind = "TokenGuard principal,status list";

        public static bool Recognises(CsvHeader header) => header.IndexOf("principal", "owner") >= 0;

        public static IReadOnlyList<DirectoryPerson> Read(CsvHeader header, IReadOnlyList<CsvRecord> records)
        {
            int principal = header.IndexOf("principal", "owner");
            int status = header.IndexOf("status", "state");
            int left = header.IndexOf("departed_on", "left_on", "leftOn", "departed", "left");
            var people = new List<DirectoryPerson>();
            for (int i = 1; i < records.Count; i++)
            {
                CsvRecord record = records[i];
                if (record.IsBlank) continue;
                string name = CsvHeader.Field(record.Fields, principal);
                if (name.Length == 0) throw new OwnerExportException(record.Line, "owners file row has no principal");
                DateTime? leftOn = DirectoryIdentity.Day(CsvHeader.Field(record.Fields, left), record.Line, "departed_on");
                people.Add(Person(record.Line, name, CsvHeader.Field(record.Fields, status), leftOn));
            }

            return people;
        }

        public static IReadOnlyList<DirectoryPerson> ReadYaml(string text)
        {
            if (!(OwnerYaml.Root(text, "owners file") is YamlMappingNode root)
                || !root.Children.TryGetValue(new YamlScalarNode("owners"), out YamlNode? list)
                || !(list is YamlSequenceNode owners))
                throw new OwnerExportException(1, "owners file must contain an 'owners:' list of { principal, status } entries");

            var people = new List<DirectoryPerson>();
            foreach (YamlNode item in owners.Children)
            {
                int line = (int)item.Start.Line;
                if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    people.Add(Person(line, scalar.Value!.Trim(), ""));
                }
                else if (item is YamlMappingNode mapping
                    && mapping.Children.TryGetValue(new YamlScalarNode("principal"), out YamlNode? name)
                    && name is YamlScalarNode principal && !string.IsNullOrWhiteSpace(principal.Value))
                {
                    string status = mapping.Children.TryGetValue(new YamlScalarNode("status"), out YamlNode? s) && s is YamlScalarNode st ? st.Value ?? "" : "";
                    people.Add(Person(line, principal.Value!.Trim(), status.Trim()));
                }
                else
                {
                    throw new OwnerExportException(line, "each owner needs a 'principal' (user:<login>, team:<name> or service:<name>)");
                }
            }

            return people;
        }

        private static DirectoryPerson Person(int line, string principal, string status, DateTime? leftOn = null) =>
            new DirectoryPerson(line, identities: new string[0], defaultPrincipal: principal,
                standing: OwnerDirectory.IsActiveStatus(status) ? OwnerStanding.Active : OwnerStanding.Departed, status: status,
                leftOn: OwnerDirectory.IsActiveStatus(status) ? null : leftOn);
    }
}
