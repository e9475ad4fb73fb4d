using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TokenGuard.Csv;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Reads an owners file: CSV with a header naming a <c>principal</c> and a <c>status</c> column
    /// (other columns ignored), or YAML <c>owners: [{ principal: user:alice, status: active }]</c>.
    /// Problems become TG1004 diagnostics with a position, never exceptions.
    /// </summary>
    public static class OwnerDirectoryLoader
    {
        public static (OwnerDirectory? Directory, IReadOnlyList<ManifestDiagnostic> Diagnostics) Load(string path, string text)
        {
            var diagnostics = new List<ManifestDiagnostic>();
            var statuses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            bool ok = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? ReadCsv(text, statuses, diagnostics)
                : ReadYaml(text, statuses, diagnostics);
            return (ok ? new OwnerDirectory(path, statuses) : null, diagnostics);
        }

        private static bool ReadCsv(string text, Dictionary<string, string> statuses, List<ManifestDiagnostic> diagnostics)
        {
            IReadOnlyList<CsvRecord> records;
            try
            {
                records = CsvRecords.Read(text);
            }
            catch (CsvInputException ex)
            {
                diagnostics.Add(Error(ex.Line, "owners file is not CSV: " + ex.Message));
                return false;
            }

            List<string> header = records.Count > 0 ? records[0].Fields.ToList() : new List<string>();
            int principal = header.FindIndex(h => IsOneOf(h, "principal", "owner", "id"));
            int status = header.FindIndex(h => IsOneOf(h, "status", "state"));
            if (principal < 0)
            {
                diagnostics.Add(Error(1, "owners file needs a header row with a 'principal' column (user:<login>, team:<name> or service:<name>) and optionally 'status'"));
                return false;
            }

            foreach (CsvRecord record in records.Skip(1))
            {
                if (record.IsBlank) continue;
                IReadOnlyList<string> fields = record.Fields;
                if (principal >= fields.Count || fields[principal].Trim().Length == 0)
                {
                    diagnostics.Add(Error(record.Line, "owners file row has no principal"));
                    continue;
                }

                statuses[fields[principal].Trim()] = status >= 0 && status < fields.Count ? fields[status].Trim() : "";
            }

            return true;
        }

        private static bool ReadYaml(string text, Dictionary<string, string> statuses, List<ManifestDiagnostic> diagnostics)
        {
            var stream = new YamlStream();
            try
            {
                if (FirstTooLong(text) is int line)
                {
                    diagnostics.Add(Error(line, $"owners file line is longer than {CsvRecords.MaxLineLength} characters"));
                    return false;
                }

                // YamlStream recurses per level: the event pass first, which does not.
                if (YamlPrecheck.Run(text).TooDeepAt is SourceLocation deep)
                {
                    diagnostics.Add(Error(deep.Line, $"owners file nests deeper than {YamlPrecheck.MaxDepth} levels"));
                    return false;
                }

                stream.Load(new StringReader(text));
            }
            catch (YamlException ex)
            {
                diagnostics.Add(Error((int)ex.Start.Line, "owners file YAML syntax error: " + ex.Message));
                return false;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this on some malformed input (the precheck turns most into YamlException).
                diagnostics.Add(Error(1, "owners file YAML syntax error (unbalanced brackets or quotes?)"));
                return false;
            }

            if (stream.Documents.Count == 0
                || !(stream.Documents[0].RootNode is YamlMappingNode root)
                || !root.Children.TryGetValue(new YamlScalarNode("owners"), out YamlNode? list)
                || !(list is YamlSequenceNode owners))
            {
                diagnostics.Add(Error(1, "owners file must contain an 'owners:' list of { principal, status } entries"));
                return false;
            }

            foreach (YamlNode item in owners.Children)
            {
                if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    statuses[scalar.Value!.Trim()] = "";
                }
                else if (item is YamlMappingNode mapping
                    && mapping.Children.TryGetValue(new YamlScalarNode("principal"), out YamlNode? name)
                    && name is YamlScalarNode principal && !string.IsNullOrWhiteSpace(principal.Value))
                {
                    string status = mapping.Children.TryGetValue(new YamlScalarNode("status"), out YamlNode? s) && s is YamlScalarNode st ? st.Value ?? "" : "";
                    statuses[principal.Value!.Trim()] = status.Trim();
                }
                else
                {
                    diagnostics.Add(Error((int)item.Start.Line, "each owner needs a 'principal' (user:<login>, team:<name> or service:<name>)"));
                }
            }

            return true;
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

        private static bool IsOneOf(string value, params string[] names) =>
            Array.Exists(names, n => string.Equals(value.Trim(), n, StringComparison.OrdinalIgnoreCase));

        private static ManifestDiagnostic Error(int line, string message) =>
            new ManifestDiagnostic(DiagnosticIds.EntryOwnerInvalid, ManifestSeverity.Error, new SourceLocation(Math.Max(1, line), 1), message);
    }
}
