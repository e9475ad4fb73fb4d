using System;
using System.Collections.Generic;
using System.Diagnostics;
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
        // One package cache per test run, so the freshly packed package is always the one restored.
        private static readonly string PackageCache = Path.Combine(Path.GetTempPath(), "tokenguard-e2e-cache", Guid.NewGuid().ToString("N"));

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

        /// <summary>Adds a file to the project folder (App/).</summary>
        public void WriteProjectFile(string name, string content) => _directory.Write(Path.Combine("App", name), content);

        /// <summary>Builds with the given MSBuild properties (Name=Value) or raw switches (starting with -).</summary>
        public BuildResult Build(params string[] properties) => Run(Path.Combine(_directory.Path, "App"), properties);

        private BuildResult Run(string workingDirectory, string[] properties, string? target = null)
        {
            string projectDirectory = workingDirectory;
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = projectDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "build", target ?? "", "--nologo", "-v", "quiet", "-p:TokenGuardToday=2026-06-01" }.Where(a => a.Length > 0).Concat(properties.Select(p => p.StartsWith("-", StringComparison.Ordinal) ? p : "-p:" + p)))
            {
                start.ArgumentList.Add(argument);
            }

            IsolateEnvironment(start.Environment);
            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet build did not finish in 5 minutes:\n" + output);
            }

            return new BuildResult(process.ExitCode, output + error.Result, projectDirectory);
        }

        public void Dispose() => _directory.Dispose();

        // The child build must not inherit this test host's MSBuild state, nor CI=true (which enforces).
        private static void IsolateEnvironment(IDictionary<string, string?> environment)
        {
            foreach (string key in environment.Keys.ToList())
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key == "CI" || key == "ContinuousIntegrationBuild" || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(key);
                }
            }

            environment["NUGET_PACKAGES"] = PackageCache;
            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["UseSharedCompilation"] = "false";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        }

        private static string Metadata(string key) =>
            typeof(ConsumerProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
    }
}
