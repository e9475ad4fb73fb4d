using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TokenGuard.Inventory;
using TokenGuard.Manifest;

namespace TokenGuard.Build
{
    /// <summary>
    /// Writes the manifest as the inventory artifact a central inventory ingests. The file is rewritten
    /// only when its content changes, so incremental builds and file watchers stay quiet.
    /// </summary>
    public sealed class WriteTokenInventory : Task
    {
        [Required]
        public string ManifestPath { get; set; } = "";

        [Required]
        public string InventoryPath { get; set; } = "";

        public string? ProjectName { get; set; }

        public string? Repository { get; set; }

        public string? Commit { get; set; }

        /// <summary>Written as generatedAt when set (yyyy-MM-dd); omitted otherwise so output is reproducible.</summary>
        public string? Today { get; set; }

        public string? ToolVersion { get; set; }

        /// <summary>Directory the artifact's manifest path is written relative to (the repository root).</summary>
        public string? RootDirectory { get; set; }

        /// <summary>The usage files the analyzers wrote in the last compile (<see cref="TokenGuard.UsageFiles"/>): where tokens are used.</summary>
        public ITaskItem[]? UsageFiles { get; set; }

        /// <summary>List only tokens this project uses (one manifest shared by a solution).</summary>
        public bool OnlyUsedTokens { get; set; }

        /// <summary><c>TokenGuardInventoryFormats</c>: json (always), csv, cyclonedx; sarif is written by ValidateTokenManifest.</summary>
        public string? Formats { get; set; }

        public override bool Execute()
        {
            ManifestLoadResult? result = ParsedManifests.Load(ManifestPath, BuildEngine, Log);
            if (result?.Manifest is null)
            {
                Log.LogMessage(MessageImportance.High, "TokenGuard: inventory not written because the manifest cannot be read.");
                return !Log.HasLoggedErrors;
            }

            var context = new InventoryContext
            {
                ToolVersion = string.IsNullOrWhiteSpace(ToolVersion) ? Conventions.ToolVersion : ToolVersion!,
                Repository = Blank(Repository),
                Commit = Blank(Commit),
                Project = Blank(ProjectName),
                GeneratedAt = Blank(Today),
                ManifestPath = RelativeManifestPath(),
            };
            IReadOnlyList<UsageLocation>? usages = ReadUsages();
            TokenManifest listed = OnlyUsedTokens ? InventoryScope.UsedOnly(result.Manifest, usages) : result.Manifest;
            InventoryFormat formats = InventoryFormats.Parse(Formats, out IReadOnlyList<string> unknown);
            foreach (string name in unknown) Log.LogWarning("TokenGuardInventoryFormats: unknown format '{0}'; use json, csv, cyclonedx or sarif.", name);

            WriteIfChanged(InventoryPath, JsonInventoryWriter.Write(listed, context, usages));
            string directory = Path.GetDirectoryName(Path.GetFullPath(InventoryPath)) ?? ".";
            if (formats.HasFlag(InventoryFormat.Csv)) WriteIfChanged(Path.Combine(directory, InventoryFormats.FileName(InventoryFormat.Csv)), CsvInventoryWriter.Write(listed, context));
            if (formats.HasFlag(InventoryFormat.CycloneDx)) WriteIfChanged(Path.Combine(directory, InventoryFormats.FileName(InventoryFormat.CycloneDx)), CycloneDxInventoryWriter.Write(listed, context));
            Log.LogMessage(MessageImportance.High, "TokenGuard: inventory of {0} token(s) -> {1}", listed.Entries.Count, InventoryPath);
            return !Log.HasLoggedErrors;
        }

        // Null (usages unknown) before the first compile, when usage locations are off, or when a file cannot be read.
        private IReadOnlyList<UsageLocation>? ReadUsages()
        {
            string[] paths = (UsageFiles ?? Array.Empty<ITaskItem>()).Select(file => file.ItemSpec).Where(File.Exists).ToArray();
            if (paths.Length == 0) return null;
            var usages = new List<UsageLocation>();
            foreach (string path in paths)
            {
                try
                {
                    usages.AddRange(UsageFileReader.Read(File.ReadAllText(path), RootDirectory));
                }
                // A file being replaced or locked, unreadable, or damaged: a warning naming it, never a failed task.
                catch (Exception ex) when (ex is FormatException || ex is IOException || ex is UnauthorizedAccessException)
                {
                    Log.LogWarning("TokenGuard: the usage file {0} could not be read ({1}); the inventory lists no usage locations.", path, ex.Message);
                    return null;
                }
            }

            return usages;
        }

        // Without a root, only the file name: artifacts never carry a machine's absolute paths.
        private string RelativeManifestPath() =>
            string.IsNullOrWhiteSpace(RootDirectory) ? Path.GetFileName(ManifestPath) : RepositoryPaths.Relative(RootDirectory, ManifestPath);

        internal static void WriteIfChanged(string path, string content)
        {
            byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
            if (File.Exists(path) && BytesEqual(File.ReadAllBytes(path), bytes)) return;
            string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllBytes(path, bytes);
        }

        private static bool BytesEqual(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }

            return true;
        }


        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
