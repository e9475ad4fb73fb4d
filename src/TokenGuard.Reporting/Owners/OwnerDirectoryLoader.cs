using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace TokenGuard.Manifest
{
    /// <summary>
    /// Reads owners exports, several at once (each recognised by shape: <see cref="OwnerExportDetector"/>), maps each
    /// person to a principal (the owner map, else <c>user:&lt;local part&gt;</c> / <c>user:&lt;login&gt;</c>) and merges them
    /// into one <see cref="OwnerDirectory"/>: where exports disagree, departed wins, naming the export. Problems
    /// become TG1004 diagnostics at their file and line, never exceptions; any error means no directory at all.
    /// </summary>
    public static class OwnerDirectoryLoader
    {
        /// <param name="today">Against which a future Entra employeeLeaveDateTime is still employed.</param>
        public static OwnerLoadResult Load(IReadOnlyList<OwnerInput> exports, OwnerInput? map, DateTime today)
        {
            var diagnostics = new List<OwnerFileDiagnostic>();
            var principalByIdentity = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (map != null && !TryRead(map.Path, diagnostics, () => principalByIdentity = OwnerMap.Read(map.Path, map.Bytes)))
                return new OwnerLoadResult(null, diagnostics);

            var read = new List<(OwnerInput Input, OwnerExport Export)>();
            foreach (OwnerInput input in exports)
            {
                if (TryRead(input.Path, diagnostics, () => read.Add((input, OwnerExportDetector.Read(input.Path, input.Bytes, today)))))
                {
                    OwnerExport export = read[read.Count - 1].Export;
                    diagnostics.Add(new OwnerFileDiagnostic(input.Path, Diagnostic(ManifestSeverity.Info, 1, 0, $"read as {export.Kind}: {export.People.Count} record(s)")));
                    foreach (string warning in export.Warnings) diagnostics.Add(new OwnerFileDiagnostic(input.Path, Diagnostic(ManifestSeverity.Warning, 1, 0, warning)));
                }
            }

            if (diagnostics.Any(d => d.Diagnostic.Severity == ManifestSeverity.Error)) return new OwnerLoadResult(null, diagnostics);
            IEnumerable<OwnerRecord> records = Merge(read, principalByIdentity);
            var directory = new OwnerDirectory(exports.Select(e => e.Path).ToList(), records, principalByIdentity, listsEveryOwner: read.Any(r => r.Export.ListsEveryOwner));
            return new OwnerLoadResult(directory, diagnostics);
        }

        /// <summary>One TokenGuard principal,status list (CSV or YAML), as the task and the audit read it before directory exports.</summary>
        public static (OwnerDirectory? Directory, IReadOnlyList<ManifestDiagnostic> Diagnostics) Load(string path, string text)
        {
            OwnerLoadResult result = Load(new[] { new OwnerInput(path, Encoding.UTF8.GetBytes(text)) }, map: null, today: DateTime.UtcNow.Date);
            return (result.Directory, result.Diagnostics.Where(d => d.Diagnostic.Severity != ManifestSeverity.Info).Select(d => d.Diagnostic).ToList());
        }

        private static bool TryRead(string path, List<OwnerFileDiagnostic> diagnostics, Action read)
        {
            try
            {
                read();
                return true;
            }
            catch (OwnerExportException ex)
            {
                diagnostics.Add(new OwnerFileDiagnostic(path, Diagnostic(ManifestSeverity.Error, ex.Line, ex.Column, ex.Message)));
                return false;
            }
        }

        private static IEnumerable<OwnerRecord> Merge(List<(OwnerInput Input, OwnerExport Export)> read, Dictionary<string, string> principalByIdentity)
        {
            var said = new Dictionary<string, List<(DirectoryPerson Person, string Source)>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (input, export) in read)
            {
                foreach (DirectoryPerson person in export.People)
                {
                    string? principal = person.Identities.Select(i => principalByIdentity.TryGetValue(i, out string? p) ? p : null).FirstOrDefault(p => p != null)
                        ?? person.DefaultPrincipal;

                    // A directory lists people: an account the map calls a team or service is not one.
                    if (principal is null || (!export.ListsEveryOwner && !principal.StartsWith("user:", StringComparison.OrdinalIgnoreCase))) continue;
                    if (!said.TryGetValue(principal, out var list)) said[principal] = list = new List<(DirectoryPerson, string)>();
                    list.Add((person, Path.GetFileName(input.Path) + ":" + person.Line));
                }
            }

            foreach (var pair in said)
            {
                var (winner, source) = Winner(pair.Value);
                var record = new OwnerRecord(pair.Key, winner.Standing, winner.Status, winner.LeftOn, source);
                if (!record.IsActive) record.ActiveIn.AddRange(pair.Value.Where(s => s.Person.Standing == OwnerStanding.Active).Select(s => s.Source));
                yield return record;
            }
        }

        /// <summary>Departed beats active beats not yet active; of several departures, the earliest dated one (the day they really left).</summary>
        private static (DirectoryPerson Person, string Source) Winner(List<(DirectoryPerson Person, string Source)> said)
        {
            var departed = said.Where(s => s.Person.Standing == OwnerStanding.Departed).OrderBy(s => s.Person.LeftOn ?? DateTime.MaxValue).ToList();
            if (departed.Count > 0) return departed[0];
            return said.FirstOrDefault(s => s.Person.Standing == OwnerStanding.Active) is var active && active.Person != null ? active : said[0];
        }

        private static ManifestDiagnostic Diagnostic(ManifestSeverity severity, int line, int column, string message) =>
            new ManifestDiagnostic(DiagnosticIds.EntryOwnerInvalid, severity, new SourceLocation(Math.Max(1, line), Math.Max(1, column)), message);
    }
}
