using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
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
                return 2;
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
                errors.WriteLine($"tokenguard: nothing written to {output}: every input must be a valid inventory.");
                return 2;
            }

            foreach (string conflict in merger.Conflicts) errors.WriteLine("warning: " + conflict);
            console.WriteLine($"{count} token(s) from {merger.ArtifactCount} inventor{(merger.ArtifactCount == 1 ? "y" : "ies")} written to {output}.");
            return 0;
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
                json.WriteString("toolVersion", ToolVersion);
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

        private static string ToolVersion =>
            typeof(MergeCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        /// <summary>Files as given, directories as every artifact beneath them; sorted, so the merge does not depend on argument order.</summary>
        private static List<string> ExpandInputs(IReadOnlyList<string> inputs)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string input in inputs)
            {
                if (Directory.Exists(input))
                    files.UnionWith(Directory.EnumerateFiles(input, ArtifactFileName, SearchOption.AllDirectories));
                else if (File.Exists(input))
                    files.Add(input);
                else
                    throw new InputFileException(input, 1, "no such file or directory");
            }

            if (files.Count == 0) throw new InputFileException(string.Join(", ", inputs), 1, $"no {ArtifactFileName} found");
            return files.ToList();
        }
    }
}
