using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using TokenGuard.Cli.Terminal;
using TokenGuard.Inventory;

namespace TokenGuard.Cli.Inventory
{
    /// <summary>
    /// <c>tokenguard inventory merge &lt;artifacts…&gt; -o central.json</c>: one central inventory in the
    /// artifact's own schema. Nothing is written when any input is malformed: a partial inventory would
    /// read as complete.
    /// </summary>
    internal static class MergeCommand
    {
        /// <summary>The file name the build writes; a directory argument means every such file beneath it.</summary>
        public const string ArtifactFileName = "tokenguard-inventory.json";

        public static int Run(IReadOnlyList<string> inputs, string output, TextWriter console, TextWriter errors)
        {
            List<string> files;
            try
            {
                files = ExpandInputs(inputs);
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                return ExitCodes.UnusableInput;
            }

            var merger = new InventoryMerger();
            int count;
            try
            {
                foreach (string file in files) merger.Identify(InventoryArtifactReader.Read(file));
                count = Write(files.SelectMany(file => merger.Merge(InventoryArtifactReader.Read(file))), output);
            }
            catch (InputFileException ex)
            {
                errors.WriteLine(ex.Message);
                errors.WriteLine($"tokenguard: nothing written to {TerminalText.Safe(output)}: every input must be a valid inventory.");
                return ExitCodes.UnusableInput;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // Reading failures are InputFileExceptions: this is the output that cannot be written.
                errors.WriteLine($"tokenguard: cannot write {TerminalText.Safe(output)}: {TerminalText.Safe(ex.Message)}");
                return ExitCodes.UnusableInput;
            }

            foreach (string conflict in merger.Conflicts) errors.WriteLine("warning: " + conflict);
            console.WriteLine($"{count} token(s) from {merger.ArtifactCount} inventor{(merger.ArtifactCount == 1 ? "y" : "ies")} written to {TerminalText.Safe(output)}.");
            return ExitCodes.Clean;
        }

        /// <summary>
        /// Streams the merged inventory to disk through a temporary file, so a reader never sees half of it and
        /// an input that fails while merging leaves nothing behind.
        /// </summary>
        internal static int Write(IEnumerable<InventoryToken> tokens, string output)
        {
            string fullPath = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            string temporary = fullPath + ".tmp";
            int count = 0;
            try
            {
                using var stream = File.Create(temporary);
                using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", JsonInventoryWriter.SchemaVersion);
                json.WriteString("tool", "TokenGuard");
                json.WriteString("toolVersion", Conventions.ToolVersion);
                json.WriteStartArray("tokens");
                foreach (InventoryToken token in tokens)
                {
                    InventoryTokenJson.Write(json, token);
                    count++;
                    if (json.BytesPending > 64 * 1024) json.Flush();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
            catch
            {
                File.Delete(temporary);
                throw;
            }

            File.Move(temporary, fullPath, overwrite: true);
            return count;
        }


        /// <summary>Files as given, directories as every artifact beneath them; sorted, so the merge does not depend on argument order.</summary>
        internal static List<string> ExpandInputs(IReadOnlyList<string> inputs)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string input in inputs)
            {
                if (Directory.Exists(input))
                    files.UnionWith(ArtifactsBeneath(input));
                else if (File.Exists(input))
                    files.Add(input);
                else
                    throw new InputFileException(input, 1, "no such file or directory");
            }

            if (files.Count == 0) throw new InputFileException(string.Join(", ", inputs), 1, $"no {ArtifactFileName} found");

            // One artifact named twice (a.json and ./a.json, or a file and its folder) is merged once, under its first spelling.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return files.Where(file => seen.Add(Path.GetFullPath(file))).ToList();
        }

        /// <summary>
        /// Every artifact beneath <paramref name="root"/>. A folder that cannot be listed is an error naming it: skipping
        /// it would leave its inventories out of a central inventory that reads as complete. Symlinked folders are
        /// not followed: through a link the same artifact would count once per path (a loop back up the tree made
        /// the framework's recursion merge one inventory 40 times, until the system's link limit).
        /// </summary>
        private static IEnumerable<string> ArtifactsBeneath(string root)
        {
            var files = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                string folder = pending.Pop();
                try
                {
                    files.AddRange(Directory.EnumerateFiles(folder, ArtifactFileName));
                    foreach (string child in Directory.EnumerateDirectories(folder))
                    {
                        if (new DirectoryInfo(child).LinkTarget is null) pending.Push(child);
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    throw new InputFileException(folder, 1, "cannot read the folder: " + ex.Message);
                }
            }

            return files;
        }
    }
}
