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
            _directory.Write("App/App.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n" +
                "  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>\n" +
                $"  <ItemGroup><PackageReference Include=\"TokenGuard\" Version=\"{version}\" /></ItemGroup>\n" +
                "</Project>\n");
            _directory.Write("App/Program.cs", program);
            if (manifest != null) _directory.Write("tokens.yaml", manifest);
        }

        public string ManifestPath => Path.Combine(_directory.Path, "tokens.yaml");

        /// <summary>Adds a file to the project folder (App/).</summary>
        public void WriteProjectFile(string name, string content) => _directory.Write(Path.Combine("App", name), content);

        /// <summary>Builds with the given MSBuild properties (Name=Value) or raw switches (starting with -).</summary>
        public BuildResult Build(params string[] properties)
        {
            string projectDirectory = Path.Combine(_directory.Path, "App");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = projectDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[] { "build", "--nologo", "-v", "quiet", "-p:TokenGuardToday=2026-06-01" }.Concat(properties.Select(p => p.StartsWith("-", StringComparison.Ordinal) ? p : "-p:" + p)))
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
