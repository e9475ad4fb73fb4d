using System;
using System.Collections.Generic;
using TokenGuard.Csv;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// The Entra admin center's Users → Download users CSV: <c>userPrincipalName</c>, <c>mail</c>, <c>objectId</c> and
    /// <c>accountEnabled</c> (True/False) among many columns. No departure date.
    /// </summary>
    internal static class EntraPortalCsvReader
    {
        public const string Kind = "Entra ID users (admin center CSV)";

        public static bool Recognises(CsvHeader header) => header.IndexOf("userPrincipalName") >= 0;

        public static IReadOnlyList<DirectoryPerson> Read(CsvHeader header, IReadOnlyList<CsvRecord> records)
        {
            int upn = header.IndexOf("userPrincipalName");
            int enabled = header.IndexOf("accountEnabled");
            if (enabled < 0) throw new OwnerExportException(1, "an Entra admin center users CSV needs its 'accountEnabled' column (Users → Download users exports it)");
            int mail = header.IndexOf("mail");
            int id = header.IndexOf("objectId", "id");
            var people = new List<DirectoryPerson>();
            for (int i = 1; i < records.Count; i++)
            {
                CsvRecord record = records[i];
                if (record.IsBlank) continue;
                string name = CsvHeader.Field(record.Fields, upn);
                if (name.Length == 0) throw new OwnerExportException(record.Line, "row has no userPrincipalName");
                var (identities, principal) = EntraIdentity.Of(name, NullIfEmpty(CsvHeader.Field(record.Fields, mail)), NullIfEmpty(CsvHeader.Field(record.Fields, id)), deleted: false);
                string value = CsvHeader.Field(record.Fields, enabled);
                if (string.Equals(value, "True", StringComparison.OrdinalIgnoreCase))
                    people.Add(new DirectoryPerson(record.Line, identities, principal, OwnerStanding.Active, "enabled"));
                else if (string.Equals(value, "False", StringComparison.OrdinalIgnoreCase))
                    people.Add(new DirectoryPerson(record.Line, identities, principal, OwnerStanding.Departed, "disabled (accountEnabled False)"));
                else
                    throw new OwnerExportException(record.Line, "accountEnabled must be True or False");
            }

            return people;
        }

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
