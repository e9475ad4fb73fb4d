using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TokenGuard.Cli.Terminal;
using TokenGuard.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// <c>tokenguard inventory export --store STORE -o central.json [--as-of yyyy-MM-dd]</c>: the live tokens (or those
    /// live at the end of a past day) in the central inventory's schema, merged and written by <c>inventory merge</c>'s own code.
    /// </summary>
    internal static class ExportCommand
    {
        public static int Run(string? store, string output, DateTime? asOfDay, TextWriter console, TextWriter errors)
        {
            if (store is null) return StoreCommandLine.NoStore(errors);
            try
            {
                using IInventoryStore opened = InventoryStores.Open(store);
                int count = Export(opened, output, asOfDay);
                string when = asOfDay is DateTime day ? $" as of the end of {Conventions.FormatDate(day)}" : "";
                console.WriteLine($"{count} live token(s){when} written to {TerminalText.Safe(output)}.");
                return ExitCodes.Clean;
            }
            catch (StoreException ex)
            {
                return StoreCommandLine.Failed(ex, errors);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                errors.WriteLine($"tokenguard: cannot write {TerminalText.Safe(output)}: {TerminalText.Safe(ex.Message)}");
                return ExitCodes.UnusableInput;
            }
        }

        /// <summary>Writes the store's inventory to <paramref name="output"/>; returns the number of tokens.</summary>
        internal static int Export(IInventoryStore store, string output, DateTime? asOfDay)
        {
            DateTime? asOf = asOfDay?.Date.AddDays(1);
            using IDisposable snapshot = store.BeginSnapshot();
            // The merger's two passes, each a read of the same snapshot: memory holds one repository's tokens at a time.
            var merger = new InventoryMerger();
            foreach (InventoryArtifact artifact in Artifacts(store, asOf)) merger.Identify(artifact);
            return MergeCommand.Write(Merged(store, asOf, merger), output);
        }

        private static IEnumerable<InventoryToken> Merged(IInventoryStore store, DateTime? asOf, InventoryMerger merger)
        {
            foreach (InventoryArtifact artifact in Artifacts(store, asOf))
            {
                foreach (InventoryToken token in merger.Merge(artifact)) yield return token;
            }
        }

        /// <summary>The stored sources grouped back into one artifact per repository and project (they arrive in that order).</summary>
        private static IEnumerable<InventoryArtifact> Artifacts(IInventoryStore store, DateTime? asOf)
        {
            InventoryArtifact? current = null;
            foreach (StoredSource source in store.LiveSources(asOf))
            {
                string project = source.Project.Length == 0 ? null! : source.Project;
                if (current is null || current.Repository != source.Repository || current.Project != project)
                {
                    if (current != null) yield return current;
                    current = new InventoryArtifact(source.Artifact ?? source.Repository)
                    {
                        Repository = source.Repository,
                        Project = project,
                        Commit = source.Commit,
                        Manifest = source.Manifest,
                    };
                }

                using JsonDocument fields = JsonDocument.Parse(source.Fields);
                current.Tokens.Add(InventoryTokenJson.Read(fields.RootElement));
            }

            if (current != null) yield return current;
        }
    }
}
