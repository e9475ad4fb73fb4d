using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace TokenGuard.Tests
{
    /// <summary>The .nupkg holds exactly what the design promises, and nothing the host already provides.</summary>
    public class PackageLayoutTests
    {
        private const string AnalyzerFolder = "analyzers/dotnet/cs/";
        private const string TaskFolder = "tasks/netstandard2.0/";

        /// <summary>Only the MSBuild task and the command line load these; the compiler must never.</summary>
        private static readonly string[] ReportOnlyAssemblies = { "TokenGuard.Reporting", "CsvHelper", "Microsoft.Bcl.AsyncInterfaces" };

        private static string PackagePath()
        {
            var metadata = typeof(PackageLayoutTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
            return Path.Combine(metadata["PackageDirectory"]!, "TokenGuard." + metadata["PackageVersion"] + ".nupkg");
        }

        private static string[] Entries()
        {
            using ZipArchive zip = ZipFile.OpenRead(PackagePath());
            return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToArray();
        }

        /// <summary>Each analyzer-folder assembly's name and the names of the assemblies it references, read from metadata (never loaded).</summary>
        private static Dictionary<string, string[]> AnalyzerReferences()
        {
            var references = new Dictionary<string, string[]>(StringComparer.Ordinal);
            using ZipArchive zip = ZipFile.OpenRead(PackagePath());
            foreach (ZipArchiveEntry entry in zip.Entries.Where(e => e.FullName.Replace('\\', '/').StartsWith(AnalyzerFolder, StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)))
            {
                using var bytes = new MemoryStream();
                using (Stream stream = entry.Open()) stream.CopyTo(bytes);
                bytes.Position = 0;
                using var pe = new PEReader(bytes);
                MetadataReader reader = pe.GetMetadataReader();
                references[reader.GetString(reader.GetAssemblyDefinition().Name)] = reader.AssemblyReferences
                    .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
                    .ToArray();
            }

            return references;
        }

        [Fact]
        public void Analyzers_tasks_build_files_and_schema_are_where_NuGet_and_MSBuild_look()
        {
            string[] entries = Entries();
            foreach (string expected in new[]
            {
                AnalyzerFolder + "TokenGuard.Analyzers.dll",
                AnalyzerFolder + "TokenGuard.CodeFixes.dll",
                AnalyzerFolder + "TokenGuard.Core.dll",
                AnalyzerFolder + "YamlDotNet.dll",
                TaskFolder + "TokenGuard.Build.dll",
                TaskFolder + "TokenGuard.Core.dll",
                TaskFolder + "TokenGuard.Reporting.dll",
                TaskFolder + "YamlDotNet.dll",
                TaskFolder + "CsvHelper.dll",
                "build/TokenGuard.props",
                "build/TokenGuard.targets",
                "build/TokenGuard.UsageFiles.globalconfig",
                "buildTransitive/TokenGuard.props",
                "buildTransitive/TokenGuard.targets",
                "schemas/tokenguard-inventory.schema.json",
                "README.md",
            })
            {
                Assert.Contains(expected, entries);
            }
        }

        [Fact]
        public void Report_only_assemblies_ship_beside_the_task_and_not_in_the_analyzer_folder()
        {
            string[] entries = Entries();
            foreach (string assembly in ReportOnlyAssemblies)
            {
                Assert.Contains(TaskFolder + assembly + ".dll", entries);
                Assert.DoesNotContain(AnalyzerFolder + assembly + ".dll", entries);
            }
        }

        [Fact]
        public void What_the_compiler_loads_references_nothing_report_only()
        {
            Dictionary<string, string[]> references = AnalyzerReferences();
            Assert.Contains("TokenGuard.Core", references.Keys);
            foreach (KeyValuePair<string, string[]> assembly in references)
            {
                foreach (string reportOnly in ReportOnlyAssemblies)
                {
                    Assert.False(assembly.Value.Contains(reportOnly), $"{assembly.Key} references {reportOnly}, which the compiler must never load");
                }
            }
        }

        /// <summary>
        /// What every compiler host provides to analyzers: the .NET Standard facade and Roslyn with its own
        /// dependencies. Nothing else (System.Text.Json, System.Memory, System.Text.Encodings.Web …) is certain in
        /// Visual Studio's .NET Framework compiler, so it must ship beside the analyzers or not be used.
        /// </summary>
        private static readonly string[] CompilerProvided =
        {
            "netstandard", "mscorlib", "System.Collections.Immutable", "System.Reflection.Metadata",
            "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp",
        };

        /// <summary>The IDE loads code fixes with the workspace layer and its MEF attributes; the compiler never loads them.</summary>
        private static readonly string[] IdeProvided = { "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "System.Composition.AttributedModel" };

        [Fact]
        public void Every_reference_of_the_analyzer_folder_is_beside_it_or_provided_by_the_compiler_host()
        {
            Dictionary<string, string[]> references = AnalyzerReferences();
            string[] missing = references
                .SelectMany(assembly => assembly.Value
                    .Where(name => !references.ContainsKey(name) && !CompilerProvided.Contains(name))
                    .Where(name => !(assembly.Key == "TokenGuard.CodeFixes" && IdeProvided.Contains(name)))
                    .Select(name => assembly.Key + " -> " + name))
                .ToArray();
            Assert.True(missing.Length == 0, "shipped neither beside the analyzers nor provided by the compiler: " + string.Join(", ", missing));
        }

        [Fact]
        public void Host_assemblies_are_not_shipped()
        {
            string[] entries = Entries();
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build"));
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis"));
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        }
    }
}
