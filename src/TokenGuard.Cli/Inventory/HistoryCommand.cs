using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Cli.Terminal;
using TokenGuard.Store;

namespace TokenGuard.Cli.Inventory
{
    /// <summary><c>tokenguard inventory history</c>: what changed in the store, when, in which repository and from which commit.</summary>
    internal static class HistoryCommand
    {
        public static int Run(string? store, HistoryQuery query, string format, TextWriter console, TextWriter errors)
        {
            if (store is null) return StoreCommandLine.NoStore(errors);
            IReadOnlyList<TokenChange> changes;
            try
            {
                using IInventoryStore opened = InventoryStores.Open(store);
                changes = opened.History(query);
            }
            catch (StoreException ex)
            {
                return StoreCommandLine.Failed(ex, errors);
            }

            if (format == "json") WriteJson(changes, console);
            else WriteTable(changes, console);
            return ExitCodes.Clean;
        }

        private static void WriteJson(IReadOnlyList<TokenChange> changes, TextWriter console)
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
            console.WriteLine(JsonSerializer.Serialize(new { changes }, options));
        }

        private static void WriteTable(IReadOnlyList<TokenChange> changes, TextWriter console)
        {
            if (changes.Count == 0)
            {
                console.WriteLine("No changes recorded for this query.");
                return;
            }

            string[] header = { "WHEN (UTC)", "TOKEN", "REPOSITORY", "PROJECT", "COMMIT", "CHANGE", "DETAIL" };
            List<string[]> rows = changes.Select(change => new[]
            {
                change.ChangedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                change.Token,
                change.Repository,
                change.Project,
                change.Commit.Length > 12 && !change.Commit.StartsWith("sha256:", StringComparison.Ordinal) ? change.Commit.Substring(0, 12) : change.Commit,
                change.Change,
                change.Field is null ? "" : $"{change.Field}: {change.OldValue ?? "(none)"} -> {change.NewValue ?? "(none)"}",
            }.Select(cell => TerminalText.Safe(cell)).ToArray()).ToList();
            int[] widths = header.Select((title, column) => Math.Max(title.Length, rows.Max(row => row[column].Length))).ToArray();
            foreach (string[] row in new[] { header }.Concat(rows))
                console.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd());
            console.WriteLine($"{changes.Count} change(s).");
        }
    }
}
