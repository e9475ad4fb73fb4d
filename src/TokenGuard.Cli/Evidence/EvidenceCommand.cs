using System;
using System.Collections.Generic;
using System.IO;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Terminal;
using TokenGuard.Manifest;
using TokenGuard.Store;

namespace TokenGuard.Cli.Evidence
{
    /// <summary>
    /// <c>tokenguard evidence</c>: the audit evidence from the store's history. Exit code 0 when every criterion passes,
    /// 1 when one fails, 2 when an input (the store, an owners export) is unusable — and then no report is written.
    /// </summary>
    internal static class EvidenceCommand
    {
        public static int Run(EvidenceOptions options, TextWriter output, TextWriter errors)
        {
            EvidenceReport report;
            var warnings = new List<string>();
            try
            {
                if (string.IsNullOrWhiteSpace(options.Store)) throw new StoreException("no store: give --store or set " + InventoryStores.EnvironmentVariable);
                // Evidence reads a store; it must not create an empty one and report on that.
                if (!InventoryStores.IsPostgres(options.Store) && !File.Exists(options.Store)) throw new StoreException($"no SQLite store at {options.Store}");
                OwnerDirectory? owners = AuditCommand.LoadOwners(new AuditInputs { Owners = options.Owners, OwnerMap = options.OwnerMap, Today = options.Today }, warnings);
                using IInventoryStore store = InventoryStores.Open(options.Store);
                report = EvidenceBuilder.Build(store, owners, options);
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                errors.WriteLine("tokenguard: no evidence written: every input must be readable.");
                return ExitCodes.UnusableInput;
            }
            catch (StoreException ex)
            {
                errors.WriteLine("tokenguard: " + TerminalText.Safe(ex.Message));
                errors.WriteLine("tokenguard: no evidence written.");
                return ExitCodes.UnusableInput;
            }

            try
            {
                // Both rendered before either is written: a failure leaves no half of the evidence behind.
                string? json = options.Json is null ? null : EvidenceJsonWriter.Write(report);
                string? html = options.Html is null ? null : EvidenceHtmlWriter.Write(report);
                if (json != null) WriteFile(options.Json!, json);
                if (html != null) WriteFile(options.Html!, html);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                errors.WriteLine($"tokenguard: cannot write the evidence: {TerminalText.Safe(ex.Message)}");
                return ExitCodes.UnusableInput;
            }

            foreach (string warning in warnings) errors.WriteLine(warning);
            output.WriteLine($"Evidence {report.PeriodStart} to {report.Today}: {report.Verdict.ToUpperInvariant()}");
            foreach (EvidenceCriterion criterion in report.Criteria)
                output.WriteLine($"  {(criterion.Passed ? "pass" : "FAIL")}  {criterion.Title}: {string.Join("; ", criterion.Reasons)}");
            if (options.Json != null) output.WriteLine("JSON: " + Path.GetFullPath(options.Json));
            if (options.Html != null) output.WriteLine("HTML: " + Path.GetFullPath(options.Html));
            return report.Verdict == "pass" ? ExitCodes.Clean : ExitCodes.Findings;
        }

        private static void WriteFile(string file, string text)
        {
            string path = Path.GetFullPath(file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
