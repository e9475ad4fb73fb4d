using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;

namespace TokenGuard.Tests
{
    /// <summary>The .nupkg holds exactly what the design promises, and nothing the host already provides.</summary>
    public class PackageLayoutTests
    {
        private static string[] Entries()
        {
            var metadata = typeof(PackageLayoutTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
            string package = Path.Combine(metadata["PackageDirectory"]!, "TokenGuard." + metadata["PackageVersion"] + ".nupkg");
            using ZipArchive zip = ZipFile.OpenRead(package);
            return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToArray();
        }

        [Fact]
        public void Analyzers_tasks_build_files_and_schema_are_where_NuGet_and_MSBuild_look()
        {
            string[] entries = Entries();
            foreach (string expected in new[]
            {
                "analyzers/dotnet/cs/TokenGuard.Analyzers.dll",
                "analyzers/dotnet/cs/TokenGuard.CodeFixes.dll",
                "analyzers/dotnet/cs/TokenGuard.Core.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "tasks/netstandard2.0/TokenGuard.Build.dll",
                "tasks/netstandard2.0/TokenGuard.Core.dll",
                "tasks/netstandard2.0/YamlDotNet.dll",
                "build/TokenGuard.props",
                "build/TokenGuard.targets",
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
        public void Host_assemblies_are_not_shipped()
        {
            string[] entries = Entries();
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build"));
            Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis"));
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        }
    }
}
