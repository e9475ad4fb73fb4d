using System;
using System.Collections.Generic;
using System.IO;
using TokenGuard.Csv;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Recognises an owners export by its shape, not its name: JSON (Graph users or deleted users, Okta users,
    /// Google Workspace users, GitHub members), CSV (the Entra admin center download, or a principal,status list)
    /// or YAML (<c>owners:</c>). A .csv, .yaml or .json extension only settles which syntax to parse.
    /// </summary>
    internal static class OwnerExportDetector
    {
        private const string Expected = "expected Microsoft Graph users or deleted users ({\"value\": [… userPrincipalName …]}), Okta users ([… status, profile …]), "
            + "Google Workspace users ({\"users\": [… primaryEmail …]}), GitHub members or outside collaborators ([… login …]), "
            + "the Entra admin center users CSV (userPrincipalName, accountEnabled) or a principal,status CSV/YAML list";

        public static OwnerExport Read(string path, byte[] bytes, DateTime today)
        {
            var (text, utf8) = OwnerText.Decode(bytes);
            string extension = Path.GetExtension(path).ToLowerInvariant();
            bool json = extension == ".json" || (extension != ".csv" && extension != ".yaml" && extension != ".yml" && StartsLikeJson(text));
            if (json) return ReadJson(JsonExport.Open(utf8), today);
            bool csv = extension == ".csv" || (extension != ".yaml" && extension != ".yml" && FirstLine(text).Contains(","));
            return csv ? ReadCsv(text) : ReadYaml(text);
        }

        private static OwnerExport ReadJson(JsonExport export, DateTime today)
        {
            if (EntraDeletedUsersReader.Recognises(export)) return new OwnerExport(EntraDeletedUsersReader.Kind, EntraDeletedUsersReader.Read(export));
            if (EntraUsersReader.Recognises(export))
            {
                var warnings = new List<string>();
                var read = new OwnerExport(EntraUsersReader.Kind, EntraUsersReader.Read(export, today, warnings));
                read.Warnings.AddRange(warnings);
                return read;
            }

            if (GoogleWorkspaceUsersReader.Recognises(export)) return new OwnerExport(GoogleWorkspaceUsersReader.Kind, GoogleWorkspaceUsersReader.Read(export));
            if (OktaUsersReader.Recognises(export)) return new OwnerExport(OktaUsersReader.Kind, OktaUsersReader.Read(export));
            if (GitHubMembersReader.Recognises(export)) return new OwnerExport(GitHubMembersReader.Kind, GitHubMembersReader.Read(export));
            if (export.RootIsArray && export.FirstRecord(null) is null)
            {
                // An organisation with no outside collaborators exports []: valid, and nobody in it.
                var empty = new OwnerExport("an empty list", new DirectoryPerson[0]);
                empty.Warnings.Add("the export lists nobody");
                return empty;
            }

            throw new OwnerExportException(1, "not a recognised owners export: " + Expected);
        }

        private static OwnerExport ReadCsv(string text)
        {
            IReadOnlyList<CsvRecord> records;
            try
            {
                records = CsvRecords.Read(text);
            }
            catch (CsvInputException ex)
            {
                throw new OwnerExportException(ex.Line, "owners file is not CSV: " + ex.Message);
            }

            var header = new CsvHeader(records.Count > 0 ? records[0].Fields : new string[0]);
            if (EntraPortalCsvReader.Recognises(header)) return new OwnerExport(EntraPortalCsvReader.Kind, EntraPortalCsvReader.Read(header, records));
            if (PrincipalStatusListReader.Recognises(header)) return new OwnerExport(PrincipalStatusListReader.Kind, PrincipalStatusListReader.Read(header, records), listsEveryOwner: true);
            throw new OwnerExportException(1, "owners CSV is missing its columns: a header row with 'principal' (user:<login>, team:<name> or service:<name>) and optionally 'status', "
                + "or the Entra admin center's 'userPrincipalName' and 'accountEnabled'");
        }

        private static OwnerExport ReadYaml(string text)
        {
            if (FirstTooLong(text) is int line) throw new OwnerExportException(line, $"owners file line is longer than {CsvRecords.MaxLineLength} characters");
            return new OwnerExport(PrincipalStatusListReader.Kind, PrincipalStatusListReader.ReadYaml(text), listsEveryOwner: true);
        }

        private static bool StartsLikeJson(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c)) return c == '{' || c == '[';
            }

            return false;
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOf('\n');
            return end < 0 ? text : text.Substring(0, Math.Min(end, CsvRecords.MaxLineLength));
        }

        /// <summary>The 1-based line longer than an owners file ever needs (the CSV reader's limit), or null.</summary>
        private static int? FirstTooLong(string text)
        {
            int line = 1, start = 0;
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n') continue;
                if (i - start > CsvRecords.MaxLineLength) return line;
                line++;
                start = i + 1;
            }

            return null;
        }
    }
}
