using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace TokenGuard.Tests
{
    /// <summary>
    /// A throwaway project that consumes the packed TokenGuard .nupkg from a local feed, built with the
    /// real `dotnet build`: what a user gets, not a project reference.
    /// </summary>
    public sealed class ConsumerProject : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();
        private readonly List<string> _projects = new List<string>();
        private readonly string _version;

        public ConsumerProject(string program, string? manifest)
        {
            string feed = Metadata("PackageDirectory");
            string version = Metadata("PackageVersion");
            if (!File.Exists(Path.Combine(feed, "TokenGuard." + version + ".nupkg")))
            {
                throw new InvalidOperationException($"TokenGuard.{version}.nupkg not found in {feed}; build the solution first");
            }

            _directory.Write("nuget.config",
                "<configuration><packageSources><clear />" +
                $"<add key=\"local\" value=\"{feed}\" />" +
                "<add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />" +
                "</packageSources></configuration>");
            _directory.Write("Directory.Build.props", "<Project />");
            _directory.Write("Directory.Packages.props", "<Project />");
            _version = version;
            AddProject("App", program);
            if (manifest != null) _directory.Write("tokens.yaml", manifest);
        }

        public string ManifestPath => Path.Combine(_directory.Path, "tokens.yaml");

        /// <summary>Adds another project (Name/Name.csproj) consuming the package, for solution builds.</summary>
        public void AddProject(string name, string program)
        {
            _directory.Write(name + "/" + name + ".csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>\n" +
                $"  <ItemGroup><PackageReference Include=\"TokenGuard\" Version=\"{_version}\" /></ItemGroup>\n" +
                "</Project>\n");
            _directory.Write(name + "/Program.cs", program);
            _projects.Add(name);
        }

        /// <summary>Builds every project through one solution file, on one MSBuild node.</summary>
        public BuildResult BuildSolution(params string[] properties)
        {
            _directory.Write("All.slnx", "<Solution>\n" + string.Concat(_projects.Select(p => $"  <Project Path=\"{p}/{p}.csproj\" />\n")) + "</Solution>\n");
            return Run(_directory.Path, new[] { "-m:1" }.Concat(properties).ToArray(), "All.slnx");
        }

        /// <summary>Where a project's inventory lands.</summary>
        public string InventoryOf(string project) => Path.Combine(_directory.Path, project, "bin", "Debug", "net10.0", "tokenguard-inventory.json");

        /// <summary>Adds MSBuild XML (property groups, item groups) to App/App.csproj.</summary>
        public void AddToProject(string xml)
        {
            string path = System.IO.Path.Combine(_directory.Path, "App", "App.csproj");
            File.WriteAllText(path, File.ReadAllText(path).Replace("</Project>", "  " + xml + "\n</Project>"));
        }

        /// <summary>Makes App target several frameworks (e.g. "net10.0;net9.0").</summary>
        public void SetTargetFrameworks(string frameworks)
        {
            string path = System.IO.Path.Combine(_directory.Path, "App", "App.csproj");
            File.WriteAllText(path, File.ReadAllText(path).Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFrameworks>" + frameworks + "</TargetFrameworks>"));
        }

        /// <summary>The folder holding the manifest and every project.</summary>
        public string RootDirectory => _directory.Path;

        /// <summary>Adds a file to the project folder (App/).</summary>
        public void WriteProjectFile(string name, string content) => _directory.Write(Path.Combine("App", name), content);

        /// <summary>Builds with the given MSBuild properties (Name=Value) or raw switches (starting with -).</summary>
        public BuildResult Build(params string[] properties) => Run(Path.Combine(_directory.Path, "App"), properties);

        private BuildResult Run(string workingDirectory, string[] properties, string? target = null)
        {
            IEnumerable<string> arguments = new[] { "build", target ?? "", "--nologo", "-v", "quiet", "-p:TokenGuardToday=2026-06-01" }
                .Where(a => a.Length > 0)
                .Concat(properties.Select(p => p.StartsWith("-", StringComparison.Ordinal) ? p : "-p:" + p));
            var (exitCode, output) = IsolatedProcess.Run("dotnet", workingDirectory, arguments, TimeSpan.FromMinutes(5));
            return new BuildResult(exitCode, output, workingDirectory);
        }

        public void Dispose() => _directory.Dispose();

        private static string Metadata(string key) =>
            typeof(ConsumerProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
