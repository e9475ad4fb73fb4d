using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TokenGuard.Comparison
{
    /// <summary>A tool's finding: file relative to the corpus root ('/'-separated), 1-based line, rule.</summary>
    public sealed record Finding(string File, int Line, string RuleId);

    /// <summary>What one run of a tool produced and cost.</summary>
    public sealed record ToolRun(string Tool, IReadOnlyList<Finding> Findings, TimeSpan Wall, long PeakRssKb, IReadOnlyList<AnalyzerTime> AnalyzerTimes, int ExitCode, string Log, double CpuSeconds = 0)
    {
        /// <summary>MSBuild's own target and task times (the file log's performance summary).</summary>
        public IReadOnlyList<MSBuildTime> MSBuildTimes { get; init; } = Array.Empty<MSBuildTime>();

        /// <summary>The compiler's SARIF error log: bytes on disk, and its results.</summary>
        public ErrorLogSize ErrorLog { get; init; } = new(0, 0, 0, 0);

        /// <summary>The 1-minute load average just before and just after the build (/proc/loadavg; 0 elsewhere).</summary>
        public (double Before, double After) Load { get; init; }
    }

    /// <summary>One line of the compiler's -p:ReportAnalyzer=true report.</summary>
    public sealed record AnalyzerTime(string Analyzer, double Seconds, bool IsAssembly);

    /// <summary>One line of MSBuild's performance summary: a target's or a task's time over all its calls in the build.</summary>
    public sealed record MSBuildTime(string Name, double Seconds, int Calls, bool IsTarget);

    /// <summary>A SARIF error log's size: all of it, and the part that is one package's own results (by rule id prefix).</summary>
    public sealed record ErrorLogSize(long Bytes, int Results, long OwnResultBytes, int OwnResults);

    /// <summary>
    /// A peer or TokenGuard as a NuGet analyzer package: the corpus is copied into its own folder with a
    /// project that references the package, built once, and the compiler's SARIF error log is read.
    /// </summary>
    public sealed record AnalyzerPackage(string Tool, string? PackageId, string? Version, string[] RuleIds, string? GlobalConfig = null, string? SonarLintXml = null)
    {
        /// <summary>The package's diagnostic ids start with this (its share of the error log).</summary>
        public string? DiagnosticPrefix { get; init; }

        /// <summary>The MSBuild tasks the package's targets run (nuget/build/TokenGuard.targets' UsingTask names).</summary>
        public static readonly string[] TokenGuardTasks = { "ReadTokenManifest", "ValidateTokenManifest", "WriteTokenInventory" };

        /// <summary>The package's own MSBuild targets: every one whose name holds "TokenGuard".</summary>
        public static bool IsTokenGuardTarget(string name) => name.Contains("TokenGuard", StringComparison.Ordinal);

        public static AnalyzerPackage TokenGuard(string version) =>
            new("TokenGuard", "TokenGuard", version, new[] { "TG0001", "TG0002", "TG0004" },
                // Errors would stop the compiler from emitting; warnings keep every build comparable.
                GlobalConfig: "dotnet_diagnostic.TG0001.severity = warning\ndotnet_diagnostic.TG0004.severity = warning\n") { DiagnosticPrefix = "TG" };

        /// <summary>
        /// S2068 and S6418 are security hotspots: in a NuGet-only build SonarAnalyzer runs a hotspot rule only when a
        /// SonarLint.xml additional file lists it (what the SonarScanner writes). We write one listing exactly these two.
        /// </summary>
        public static AnalyzerPackage Sonar(string version) =>
            new("SonarAnalyzer.CSharp", "SonarAnalyzer.CSharp", version, new[] { "S2068", "S6418" },
                GlobalConfig: "dotnet_diagnostic.S2068.severity = warning\ndotnet_diagnostic.S6418.severity = warning\n",
                SonarLintXml: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AnalysisInput>\n  <Settings />\n  <Rules>\n    <Rule><Key>S2068</Key></Rule>\n    <Rule><Key>S6418</Key></Rule>\n  </Rules>\n  <Files />\n</AnalysisInput>\n");

        public static AnalyzerPackage SecurityCodeScan(string version) =>
            new("SecurityCodeScan", "SecurityCodeScan.VS2019", version, new[] { "SCS0015" },
                GlobalConfig: "dotnet_diagnostic.SCS0015.severity = warning\n");

        public static AnalyzerPackage None => new("no analyzer package", null, null, Array.Empty<string>());
    }

    public static class Runner
    {
        /// <summary>Writes the folder every generated build lives under: it stops the repository's MSBuild and NuGet settings from applying.</summary>
        public static void PrepareBuildRoot(string buildRoot, string localFeed, string packagesFolder)
        {
            Directory.CreateDirectory(buildRoot);
            File.WriteAllText(Path.Combine(buildRoot, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(buildRoot, "Directory.Build.targets"), "<Project />\n");
            File.WriteAllText(Path.Combine(buildRoot, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(buildRoot, "nuget.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <config>\n    <add key=\"globalPackagesFolder\" value=\"" + packagesFolder + "\" />\n  </config>\n" +
                "  <packageSources>\n    <clear />\n    <add key=\"tokenguard-local\" value=\"" + localFeed + "\" />\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n  </packageSources>\n" +
                "  <packageSourceMapping>\n    <packageSource key=\"tokenguard-local\">\n      <package pattern=\"TokenGuard\" />\n    </packageSource>\n    <packageSource key=\"nuget.org\">\n      <package pattern=\"*\" />\n    </packageSource>\n  </packageSourceMapping>\n</configuration>\n");
            // A package of the same version packed again must not come from a stale cache.
            string cached = Path.Combine(packagesFolder, "tokenguard");
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }

        /// <summary>Copies the corpus to buildRoot/name and adds a project referencing the package; restores it.</summary>
        public static string Prepare(AnalyzerPackage package, string corpusRoot, string buildRoot, string name, Action<string>? log = null)
        {
            string dir = Path.Combine(buildRoot, name);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            CopyDirectory(corpusRoot, dir);
            var project = new StringBuilder();
            project.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <OutputType>Library</OutputType>\n");
            project.Append("    <Nullable>enable</Nullable>\n    <ImplicitUsings>disable</ImplicitUsings>\n    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>\n");
            project.Append("    <NoWarn>$(NoWarn);CS0414;CS0219;CS0169</NoWarn>\n    <ErrorLog>build.sarif,version=2.1</ErrorLog>\n  </PropertyGroup>\n");
            project.Append("  <ItemGroup>\n    <AdditionalFiles Include=\"appsettings*.json\" />\n");
            if (package.PackageId is not null)
                project.Append("    <PackageReference Include=\"" + package.PackageId + "\" Version=\"" + package.Version + "\" PrivateAssets=\"all\" />\n");
            if (package.SonarLintXml is not null)
            {
                File.WriteAllText(Path.Combine(dir, "SonarLint.xml"), package.SonarLintXml);
                project.Append("    <AdditionalFiles Include=\"SonarLint.xml\" />\n");
            }
            if (package.GlobalConfig is not null)
            {
                File.WriteAllText(Path.Combine(dir, "comparison.globalconfig"), "is_global = true\n" + package.GlobalConfig);
                project.Append("    <GlobalAnalyzerConfigFiles Include=\"comparison.globalconfig\" />\n");
            }
            project.Append("    <None Remove=\"labels.json\" />\n  </ItemGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(dir, "Corpus.csproj"), project.ToString());
            if (package.Tool == "TokenGuard") File.WriteAllText(Path.Combine(dir, "tokens.yaml"), "version: 1\ntokens: []\n");

            var restore = Run("dotnet", new[] { "restore", "Corpus.csproj", "-nologo", "-v:q" }, dir, measureMemory: false);
            log?.Invoke($"  restore {package.Tool}: exit {restore.ExitCode}");
            if (restore.ExitCode != 0) throw new InvalidOperationException($"restore failed for {package.Tool}:\n{restore.Output}");
            return dir;
        }

        /// <summary>One full (non-incremental) build of a prepared folder; reads its SARIF error log.</summary>
        public static ToolRun Build(AnalyzerPackage package, string dir, bool measureMemory, Action<string>? log = null)
        {
            string sarif = Path.Combine(dir, "build.sarif");
            if (File.Exists(sarif)) File.Delete(sarif);
            // One process tree, no compiler server and no node reuse: wall time and peak RSS belong to this build alone.
            // The analyzer report is a detailed-verbosity message: it goes to a file log, the console stays minimal.
            string buildLog = Path.Combine(dir, "build.log");
            // The file log's performance summary is MSBuild's own account of every target's and task's time.
            double loadBefore = LoadAverage();
            var build = Run("dotnet", new[] { "build", "Corpus.csproj", "-c", "Release", "--no-restore", "--no-incremental", "-nologo", "-v:m", "-nodeReuse:false",
                "-flp:verbosity=detailed;performancesummary;logfile=" + buildLog, "-p:UseSharedCompilation=false", "-p:ReportAnalyzer=true", "-p:CI=false", "-p:ContinuousIntegrationBuild=false" }, dir, measureMemory);
            double loadAfter = LoadAverage();
            string detailed = File.Exists(buildLog) ? File.ReadAllText(buildLog) : "";
            log?.Invoke($"  build {package.Tool}: exit {build.ExitCode}, {build.Wall.TotalSeconds:0.0} s, {build.CpuSeconds:0.0} s CPU, load {loadBefore:0.0}→{loadAfter:0.0}");
            if (!File.Exists(sarif)) throw new InvalidOperationException($"no SARIF log from {package.Tool}'s build (exit {build.ExitCode}):\n{Tail(build.Output, 40)}");
            var findings = Sarif.Read(sarif, dir).Where(f => package.RuleIds.Contains(f.RuleId)).ToList();
            return new ToolRun(package.Tool, findings, build.Wall, build.PeakRssKb, ParseAnalyzerReport(detailed), build.ExitCode, build.Output, build.CpuSeconds)
            {
                MSBuildTimes = ParsePerformanceSummary(detailed),
                ErrorLog = Sarif.Size(sarif, package.DiagnosticPrefix),
                Load = (loadBefore, loadAfter),
            };
        }

        /// <summary>secretlint (recommended preset) over the corpus' .cs and appsettings*.json files, from a local npm prefix.</summary>
        public static ToolRun Secretlint(string corpusRoot, string nodePrefix)
        {
            string bin = Path.Combine(nodePrefix, "node_modules", ".bin", "secretlint");
            if (!File.Exists(bin)) throw new InvalidOperationException($"secretlint is not installed under {nodePrefix} (tests/run-comparison.sh installs it)");
            string config = Path.Combine(nodePrefix, ".secretlintrc.json");
            File.WriteAllText(config, "{\n  \"rules\": [\n    { \"id\": \"@secretlint/secretlint-rule-preset-recommend\" }\n  ]\n}\n");
            string report = Path.Combine(nodePrefix, "secretlint-report.json");
            if (File.Exists(report)) File.Delete(report);
            var run = Run(bin, new[] { "--secretlintrc", config, "--format", "json", "--output", report, "--maskSecrets", "--no-color", "src/**/*.cs", "appsettings*.json" }, corpusRoot, measureMemory: false,
                env: ("NODE_PATH", Path.Combine(nodePrefix, "node_modules")));
            var findings = new List<Finding>();
            if (!File.Exists(report)) throw new InvalidOperationException($"secretlint wrote no report (exit {run.ExitCode}):\n{Tail(run.Output, 40)}");
            using var document = JsonDocument.Parse(File.ReadAllText(report));
            foreach (JsonElement file in document.RootElement.EnumerateArray())
            {
                string path = Relative(file.GetProperty("filePath").GetString()!, corpusRoot);
                foreach (JsonElement message in file.GetProperty("messages").EnumerateArray())
                {
                    int line = message.TryGetProperty("loc", out var loc) ? loc.GetProperty("start").GetProperty("line").GetInt32() : message.GetProperty("line").GetInt32();
                    findings.Add(new Finding(path, line, message.GetProperty("ruleId").GetString() ?? "secretlint"));
                }
            }
            return new ToolRun("secretlint", findings, run.Wall, 0, Array.Empty<AnalyzerTime>(), run.ExitCode, run.Output);
        }

        private static readonly Regex ReportLine = new(@"^\s*(?<time>[<\d.,]+)\s+(?<pct>[<\d]+)\s+(?<name>\S.*?)\s*$", RegexOptions.Compiled);

        /// <summary>Parses the "Total analyzer execution time" report of -p:ReportAnalyzer=true (assembly lines and, indented deeper, analyzer types).</summary>
        public static IReadOnlyList<AnalyzerTime> ParseAnalyzerReport(string output)
        {
            var times = new List<AnalyzerTime>();
            bool inReport = false;
            foreach (string raw in output.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.Contains("Total analyzer execution time")) { inReport = true; continue; }
                if (line.Contains("Total generator execution time")) { inReport = false; continue; }
                if (!inReport) continue;
                if (line.Contains("Time (s)")) continue;
                Match m = ReportLine.Match(line);
                if (!m.Success) { if (line.Trim().Length == 0) continue; inReport = line.StartsWith(" ", StringComparison.Ordinal); continue; }
                string time = m.Groups["time"].Value.Replace(',', '.');
                double seconds = time.StartsWith("<", StringComparison.Ordinal) ? 0 : double.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
                string name = m.Groups["name"].Value;
                times.Add(new AnalyzerTime(name, seconds, name.Contains("Version=", StringComparison.Ordinal)));
            }
            return times;
        }

        private static readonly Regex SummaryLine = new(@"^\s*(?<ms>\d+) ms\s+(?<name>\S+)\s+(?<calls>\d+) calls\s*$", RegexOptions.Compiled);

        /// <summary>
        /// Parses the "Target Performance Summary" and "Task Performance Summary" of a log written with the
        /// performancesummary parameter: each target's (its own tasks, not the targets it depends on) and each task's
        /// total time over the build, as MSBuild measured it.
        /// </summary>
        public static IReadOnlyList<MSBuildTime> ParsePerformanceSummary(string output)
        {
            var times = new List<MSBuildTime>();
            bool? targets = null;
            foreach (string raw in output.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.EndsWith("Performance Summary:", StringComparison.Ordinal))
                {
                    targets = line.Trim() == "Target Performance Summary:" ? true : line.Trim() == "Task Performance Summary:" ? false : null;
                    continue;
                }
                if (targets is null) continue;
                Match m = SummaryLine.Match(line);
                if (m.Success)
                    times.Add(new MSBuildTime(m.Groups["name"].Value, int.Parse(m.Groups["ms"].Value, CultureInfo.InvariantCulture) / 1000.0, int.Parse(m.Groups["calls"].Value, CultureInfo.InvariantCulture), targets.Value));
                else if (line.Trim().Length > 0) targets = null;
            }
            return times;
        }

        /// <summary>The 1-minute load average (/proc/loadavg), 0 where there is none.</summary>
        public static double LoadAverage()
        {
            try
            {
                string text = File.ReadAllText("/proc/loadavg");
                return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
            }
            catch (IOException) { return 0; }
            catch (UnauthorizedAccessException) { return 0; }
        }

        /// <summary>A finished process; PeakRssKb and CpuSeconds (user + system of it and every child it waited for) come from GNU time, else 0.</summary>
        public sealed record ProcessResult(int ExitCode, string Output, TimeSpan Wall, long PeakRssKb, double CpuSeconds);

        public static ProcessResult Run(string file, IEnumerable<string> args, string workingDirectory, bool measureMemory, params (string Name, string Value)[] env)
        {
            string rssFile = Path.Combine(Path.GetTempPath(), "tg-rss-" + Guid.NewGuid().ToString("N"));
            bool useTime = measureMemory && File.Exists("/usr/bin/time");
            var info = new ProcessStartInfo(useTime ? "/usr/bin/time" : file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
            if (useTime) { info.ArgumentList.Add("-f"); info.ArgumentList.Add("%M %U %S"); info.ArgumentList.Add("-o"); info.ArgumentList.Add(rssFile); info.ArgumentList.Add(file); }
            foreach (string arg in args) info.ArgumentList.Add(arg);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            foreach (var (name, value) in env) info.Environment[name] = value;
            var output = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            watch.Stop();
            long rss = 0;
            double cpu = 0;
            if (useTime && File.Exists(rssFile))
            {
                // GNU time's %M: the largest resident set of the build process or of any one process it waited for (csc);
                // %U and %S: CPU seconds of the build and all its children, which other load on the machine barely changes.
                string[] fields = (File.ReadAllLines(rssFile).LastOrDefault(l => l.Trim().Length > 0) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 3)
                {
                    long.TryParse(fields[0], out rss);
                    cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
                }
                File.Delete(rssFile);
            }
            return new ProcessResult(process.ExitCode, output.ToString(), watch.Elapsed, rss, cpu);
        }

        internal static string Relative(string path, string root)
        {
            if (path.StartsWith("file://", StringComparison.Ordinal)) path = new Uri(path).LocalPath;
            return Path.GetRelativePath(root, path).Replace('\\', '/');
        }

        private static void CopyDirectory(string from, string to)
        {
            foreach (string source in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(to, Path.GetRelativePath(from, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }

        private static string Tail(string text, int lines) => string.Join("\n", text.Split('\n').TakeLast(lines));
    }

    /// <summary>Reads the results of a SARIF 2.1 log (the compiler's /errorlog).</summary>
    public static class Sarif
    {
        public static IReadOnlyList<Finding> Read(string path, string root)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var findings = new List<Finding>();
            foreach (JsonElement run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out JsonElement results)) continue;
                foreach (JsonElement result in results.EnumerateArray())
                {
                    string rule = result.GetProperty("ruleId").GetString()!;
                    if (!result.TryGetProperty("locations", out JsonElement locations) || locations.GetArrayLength() == 0) continue;
                    JsonElement physical = locations[0].GetProperty("physicalLocation");
                    string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    int line = physical.TryGetProperty("region", out JsonElement region) && region.TryGetProperty("startLine", out JsonElement startLine) ? startLine.GetInt32() : 0;
                    findings.Add(new Finding(Runner.Relative(Uri.UnescapeDataString(uri), root), line, rule));
                }
            }
            return findings;
        }

        /// <summary>The log's bytes on disk and results; those whose rule id starts with <paramref name="ownPrefix"/> counted apart (bytes as serialized in the log).</summary>
        public static ErrorLogSize Size(string path, string? ownPrefix)
        {
            byte[] bytes = File.ReadAllBytes(path);
            using var document = JsonDocument.Parse(bytes);
            int results = 0, own = 0;
            long ownBytes = 0;
            foreach (JsonElement run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out JsonElement all)) continue;
                foreach (JsonElement result in all.EnumerateArray())
                {
                    results++;
                    if (ownPrefix is null || !(result.GetProperty("ruleId").GetString() ?? "").StartsWith(ownPrefix, StringComparison.Ordinal)) continue;
                    own++;
                    ownBytes += Encoding.UTF8.GetByteCount(result.GetRawText());
                }
            }
            return new ErrorLogSize(bytes.LongLength, results, ownBytes, own);
        }
    }
}
