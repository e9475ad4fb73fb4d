using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Terminal;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// <c>tokenguard inventory ingest --store STORE &lt;artifacts or folders…&gt;</c>: records every artifact in the store in one
    /// transaction. Every input is read before the store is touched: one malformed artifact and nothing is recorded.
    /// </summary>
    internal static class IngestCommand
    {
        public static int Run(string? store, IReadOnlyList<string> inputs, TextWriter console, TextWriter errors)
        {
            if (store is null) return StoreCommandLine.NoStore(errors);
            List<StoreArtifact> artifacts;
            try
            {
                artifacts = MergeCommand.ExpandInputs(inputs).SelectMany(StoreArtifacts.Read).ToList();
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                errors.WriteLine("tokenguard: nothing recorded: every input must be a valid inventory.");
                return ExitCodes.UnusableInput;
            }

            try
            {
                using IInventoryStore opened = InventoryStores.Open(store);
                IngestOutcome outcome = opened.Ingest(artifacts, DateTime.UtcNow);
                console.WriteLine(
                    $"{outcome.Recorded} ingest(s) recorded, {outcome.AlreadyRecorded} already in the store; "
                    + $"{outcome.Added} token source(s) added, {outcome.Changed} changed, {outcome.Removed} removed.");
                return ExitCodes.Clean;
            }
            catch (StoreException ex)
            {
                return StoreCommandLine.Failed(ex, errors);
            }
        }
    }
}
