using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace TokenGuard.Tests
{
    /// <summary>The command line as users get it: packed as a .NET tool, installed from a local feed, run as `tokenguard`.</summary>
    public sealed class CommandLineToolTests : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose() => _directory.Dispose();

        [Fact]
        public void The_packed_tool_installs_scans_merges_stores_and_writes_evidence()
        {
            string feed = Path.Combine(_directory.Path, "feed");
            string tools = Path.Combine(_directory.Path, "tools");
            string project = Path.Combine(TestPaths.RepositoryRoot(), "src", "TokenGuard.Cli", "TokenGuard.Cli.csproj");

            // --no-restore: the solution build restored it; a restore here could race other test assemblies' builds.
            var pack = IsolatedProcess.Run("dotnet", _directory.Path, new[] { "pack", project, "-c", "Release", "--no-restore", "--nologo", "-o", feed }, TimeSpan.FromMinutes(10));
            Assert.True(pack.ExitCode == 0, pack.Output);
            var install = IsolatedProcess.Run("dotnet", _directory.Path, new[] { "tool", "install", "TokenGuard.Cli", "--tool-path", tools, "--add-source", feed }, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, install.Output);
            string tokenguard = Path.Combine(tools, OperatingSystem.IsWindows() ? "tokenguard.exe" : "tokenguard");
            AssertInstalledPackageIsPrecompiledForThisPlatform(tools);

            string token = TestTokens.GitHubClassic(11);
            _directory.Write("repo/src/App.cs", "class App { const string T = \"" + token + "\"; }\n");
            var scan = IsolatedProcess.Run(tokenguard, _directory.Path, new[] { "scan", "repo" }, TimeSpan.FromMinutes(2));
            Assert.Equal(1, scan.ExitCode);
            Assert.Contains("src/App.cs(1,31): error TG0001:", scan.Output);
            Assert.DoesNotContain(token, scan.Output);

            _directory.Write("artifacts/a/tokenguard-inventory.json", "{ \"schemaVersion\": 1, \"tool\": \"TokenGuard\", \"toolVersion\": \"0.1.0\", \"repository\": \"r\", \"tokens\": [] }\n");
            var merge = IsolatedProcess.Run(tokenguard, _directory.Path, new[] { "inventory", "merge", "artifacts", "-o", "central.json" }, TimeSpan.FromMinutes(2));
            Assert.True(merge.ExitCode == 0, merge.Output);
            Assert.True(File.Exists(Path.Combine(_directory.Path, "central.json")));

            // The store and the evidence need SQLite's native library: it must travel inside the tool package.
            var ingest = IsolatedProcess.Run(tokenguard, _directory.Path, new[] { "inventory", "ingest", "artifacts", "--store", "store.db" }, TimeSpan.FromMinutes(2));
            Assert.True(ingest.ExitCode == 0, ingest.Output);
            Assert.Contains("1 ingest(s) recorded", ingest.Output);
            var evidence = IsolatedProcess.Run(tokenguard, _directory.Path, new[] { "evidence", "--store", "store.db", "--json", "evidence.json", "--html", "evidence.html", "--today", "2026-12-01" }, TimeSpan.FromMinutes(2));
            // An empty inventory with no audit run proves nothing: the verdict is FAIL, exit code 1 (findings).
            Assert.True(evidence.ExitCode == 1, evidence.Output);
            Assert.Contains("Evidence 2026-09-03 to 2026-12-01: FAIL", evidence.Output);
            Assert.Contains("\"verdict\": \"fail\"", File.ReadAllText(Path.Combine(_directory.Path, "evidence.json")));
            Assert.Contains("<html", File.ReadAllText(Path.Combine(_directory.Path, "evidence.html")));
        }

        /// <summary>The platforms TokenGuard.Cli.csproj packs a ReadyToRun package for; every other platform gets `any`.</summary>
        private static readonly string[] PrecompiledPlatforms = { "linux-x64", "linux-musl-x64", "win-x64", "osx-arm64" };

        private static void AssertInstalledPackageIsPrecompiledForThisPlatform(string tools)
        {
            string roslyn = Assert.Single(Directory.GetFiles(Path.Combine(tools, ".store"), "Microsoft.CodeAnalysis.CSharp.dll", SearchOption.AllDirectories));
            string installed = PrecompiledPlatforms.Append("any").Single(platform => roslyn.Contains(Path.DirectorySeparatorChar + "tokenguard.cli." + platform + Path.DirectorySeparatorChar));
            // A runtime built by a distribution names its own platform (ubuntu.24.04-x64), which the SDK may match either way;
            // on a portable runtime of a platform with a precompiled package, that package is the one installed.
            string platform = RuntimeInformation.RuntimeIdentifier;
            if (PrecompiledPlatforms.Contains(platform)) Assert.Equal(platform, installed);

            using var reader = new PEReader(File.OpenRead(roslyn));
            // ReadyToRun code sits behind the CLI header's managed native header; an IL-only assembly has none.
            bool precompiled = reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            Assert.Equal(installed != "any", precompiled);
        }
    }
}
