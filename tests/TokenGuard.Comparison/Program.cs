using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace TokenGuard.Comparison
{
    /// <summary>
    /// TokenGuard side by side with SonarAnalyzer.CSharp (S2068, S6418), SecurityCodeScan (SCS0015) and secretlint
    /// (recommended preset): detection quality on a labelled corpus, and build cost on a large generated project.
    /// Usage (see tests/run-comparison.sh): TokenGuard.Comparison [quality|cost|all|analyzers|peers|trufflehog|reach|repos] [--out DIR] [--repos DIR] [--tokenguard PATH] [--feed DIR] [--node DIR]
    ///   [--repeat N] [--files N] [--seed N] [--tokenguard-version V] [--sonar-version V] [--scs-version V]
    /// </summary>
    public static class Program
    {
        public const string SonarVersion = "10.36.0.15337";
        public const string SecurityCodeScanVersion = "5.6.7";

        public static int Main(string[] args)
        {
            string mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
            string Option(string name, string fallback)
            {
                int i = Array.IndexOf(args, "--" + name);
                return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
            }
            string repo = FindRepositoryRoot();
            string output = Path.GetFullPath(Option("out", Path.Combine(repo, "artifacts", "comparison")));
            string feed = Path.GetFullPath(Option("feed", Path.Combine(repo, "artifacts", "packages", "Release")));
            string node = Path.GetFullPath(Option("node", Path.Combine(output, "node")));
            int seed = int.Parse(Option("seed", "7"), CultureInfo.InvariantCulture);
            int repeat = int.Parse(Option("repeat", "3"), CultureInfo.InvariantCulture);
            int files = int.Parse(Option("files", CorpusOptions.Large.CSharpFiles.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            var packages = new
            {
                TokenGuard = AnalyzerPackage.TokenGuard(Option("tokenguard-version", "0.1.0")),
                Sonar = AnalyzerPackage.Sonar(Option("sonar-version", SonarVersion)),
                Scs = AnalyzerPackage.SecurityCodeScan(Option("scs-version", SecurityCodeScanVersion)),
            };
            if (mode == "analyzers") return ProfileAnalyzers(output, seed, repeat, files);
            if (mode == "peers") return Peers.PeerMode.Run(output, node, Option, Log);
            if (mode == "trufflehog") return Peers.TrufflehogMode.Run(output, node, Option, Log);
            if (mode == "reach") return Reach(output, int.Parse(Option("seed", InProcessQuality.DefaultReachSeed.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture));
            if (mode == "repos") return ScanRepositories(Option("repos", ""), Option("tokenguard", "tokenguard"), output, repeat);

            string buildRoot = Path.Combine(output, "builds");
            Runner.PrepareBuildRoot(buildRoot, feed, Path.Combine(output, "packages"));

            var report = new StringBuilder();
            report.Append(MeasuredOn());
            if (mode is "quality" or "all")
                report.Append(Quality(output, buildRoot, node, seed, packages.TokenGuard, packages.Sonar, packages.Scs));
            if (mode is "cost" or "all")
                report.Append(Cost(output, buildRoot, seed, repeat, files, packages.TokenGuard, packages.Sonar));
            string results = Path.Combine(output, "results.md");
            File.WriteAllText(results, report.ToString());
            Console.WriteLine(report);
            Console.WriteLine("Written: " + results);
            return 0;
        }

        /// <summary>tokenguard scan over real repositories: artifacts/comparison/real-repositories.md.</summary>
        private static int ScanRepositories(string repositories, string tokenguard, string output, int repeat)
        {
            if (!Directory.Exists(repositories))
            {
                Console.Error.WriteLine($"--repos {repositories}: error: not a directory (give a folder with one repository per subfolder)");
                return 2;
            }

            string report = MeasuredOn() + RealRepositories.Run(repositories, tokenguard, repeat, Log);
            Directory.CreateDirectory(output);
            string path = Path.Combine(output, "real-repositories.md");
            File.WriteAllText(path, report);
            Console.WriteLine(report);
            Console.WriteLine("Written: " + path);
            return 0;
        }

        /// <summary>TokenGuard's analyzers alone, in-process on the cost corpus: no package, no MSBuild.</summary>
        private static int ProfileAnalyzers(string output, int seed, int rounds, int files)
        {
            var large = CorpusGenerator.Generate(Path.Combine(output, "large"), CorpusOptions.Large with { Seed = seed, CSharpFiles = files });
            var costs = AnalyzerProfile.Measure(large.Root, rounds, Log);
            string report = MeasuredOn() + AnalyzerProfile.Report(large.Lines, costs, rounds);
            string path = Path.Combine(output, "analyzer-profile.md");
            File.WriteAllText(path, report);
            Console.WriteLine(report);
            Console.WriteLine("Written: " + path);
            return 0;
        }

        /// <summary>The analyzers in-process on the default corpus and on the held-out reach corpus of <paramref name="seed"/>.</summary>
        private static int Reach(string output, int seed)
        {
            string report = MeasuredOn() + InProcessQuality.Run(output, seed, Log);
            string path = Path.Combine(output, "reach.md");
            Directory.CreateDirectory(output);
            File.WriteAllText(path, report);
            Console.WriteLine(report);
            Console.WriteLine("Written: " + path);
            return 0;
        }

        public static string Quality(string output, string buildRoot, string node, int seed, params AnalyzerPackage[] packages)
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(output, "corpus"), new CorpusOptions { Seed = seed });
            int secrets = corpus.Labels.Count(l => l.IsSecret);
            Log($"corpus: {corpus.Files} files, {corpus.Lines} lines, {secrets} secrets, {corpus.Labels.Count - secrets} look-alikes");
            var runs = new List<ToolRun>();
            foreach (var package in packages)
            {
                string dir = Runner.Prepare(package, corpus.Root, buildRoot, "quality-" + package.Tool, Log);
                runs.Add(Runner.Build(package, dir, measureMemory: false, Log));
            }
            runs.Add(Runner.Secretlint(corpus.Root, node));
            Log($"  secretlint: exit {runs[^1].ExitCode}, {runs[^1].Findings.Count} findings");
            var scores = runs.Select(r => Scorer.Score(r.Tool, corpus.Labels, r.Findings)).ToList();
            string versions = "Versions: " + string.Join(", ", packages.Select(p => p.PackageId + " " + p.Version))
                + ", secretlint " + NpmVersion(node, "secretlint") + " with @secretlint/secretlint-rule-preset-recommend " + NpmVersion(node, "@secretlint/secretlint-rule-preset-recommend") + ".\n\n";
            return QualityReport(corpus, scores, packages).Replace("\n\n| tool |", "\n\n" + versions + "| tool |");
        }

        public static string QualityReport(Corpus corpus, IReadOnlyList<ToolScore> scores, IReadOnlyList<AnalyzerPackage> packages)
        {
            int secrets = corpus.Labels.Count(l => l.IsSecret);
            var text = new StringBuilder();
            text.Append("### Detection quality\n\n");
            text.Append($"Labelled corpus (seed-generated, `tests/TokenGuard.Comparison`): {corpus.Files} files, {corpus.Lines} lines, ")
                .Append($"{secrets} secrets and {corpus.Labels.Count - secrets} look-alikes that are not secrets. Rules counted: ")
                .Append(string.Join("; ", packages.Select(p => p.Tool + " " + string.Join(", ", p.RuleIds)))).Append("; secretlint: every rule of `@secretlint/secretlint-rule-preset-recommend`.\n\n");
            text.Append(MarkdownTable.Totals(scores)).Append('\n');
            text.Append("<details><summary>Per token family</summary>\n\n").Append(MarkdownTable.ByFamily(scores)).Append("\n</details>\n\n");
            text.Append("<details><summary>Secrets found per C# position and in appsettings*.json</summary>\n\n").Append(MarkdownTable.RecallByPosition(scores)).Append("\n</details>\n\n");
            text.Append(Differences(scores));
            return text.ToString();
        }

        /// <summary>Secrets a peer finds that TokenGuard misses, and TokenGuard's own misses and false alarms, grouped by shape.</summary>
        public static string Differences(IReadOnlyList<ToolScore> scores)
        {
            var tokenGuard = scores.FirstOrDefault(s => s.Tool == "TokenGuard");
            if (tokenGuard is null) return "";
            var missed = tokenGuard.Outcomes.Where(o => o.Label.IsSecret && !o.Flagged).Select(o => o.Label).ToHashSet();
            var text = new StringBuilder("#### Where TokenGuard differs\n\n");
            var peerFinds = scores.Where(s => s != tokenGuard)
                .SelectMany(s => s.Outcomes.Where(o => o.Flagged && missed.Contains(o.Label)).Select(o => (s.Tool, o.Label))).ToList();
            text.Append(peerFinds.Count == 0 ? "- No peer finds a secret TokenGuard misses.\n" : "");
            foreach (var group in peerFinds.GroupBy(p => (p.Tool, p.Label.Family, p.Label.Position, p.Label.Name)).OrderBy(g => g.Key.ToString()))
                text.Append($"- {group.Key.Tool} finds, TokenGuard misses: {group.Key.Family} as `{group.Key.Name}` in {group.Key.Position} ×{group.Count()} (e.g. `{group.First().Label.File}:{group.First().Label.Line}`)\n");
            foreach (var group in missed.Where(l => !peerFinds.Any(p => p.Label == l)).GroupBy(l => (l.Family, l.Position)).OrderBy(g => g.Key.ToString()))
                text.Append($"- Nobody finds: {group.Key.Family} in {group.Key.Position} ×{group.Count()} (e.g. `{group.First().File}:{group.First().Line}`)\n");
            foreach (var group in tokenGuard.Outcomes.Where(o => !o.Label.IsSecret && o.Flagged).GroupBy(o => (o.Label.Kind, o.Label.Name)).OrderBy(g => g.Key.ToString()))
                text.Append($"- TokenGuard false positive: {group.Key.Kind} `{group.Key.Name}` ×{group.Count()} (e.g. `{group.First().Label.File}:{group.First().Label.Line}`)\n");
            if (tokenGuard.UnlabelledFindings > 0) text.Append($"- TokenGuard findings on unlabelled lines: {tokenGuard.UnlabelledFindings}\n");
            return text.Append('\n').ToString();
        }

        public static string Cost(string output, string buildRoot, int seed, int repeat, int files, AnalyzerPackage tokenGuard, AnalyzerPackage sonar)
        {
            var corpus = CorpusGenerator.Generate(Path.Combine(output, "large"), CorpusOptions.Large with { Seed = seed, CSharpFiles = files });
            int secrets = corpus.Labels.Count(l => l.IsSecret);
            Log($"large corpus: {corpus.Files} files, {corpus.Lines} lines, {secrets} secrets");
            var configs = new[] { AnalyzerPackage.None, tokenGuard, sonar };
            var dirs = configs.Select(c => Runner.Prepare(c, corpus.Root, buildRoot, "cost-" + c.Tool.Replace(' ', '-'), Log)).ToList();
            var runs = configs.Select(_ => new List<ToolRun>()).ToList();
            // Round robin, each round starting with the next build, so load from elsewhere on the machine and
            // whatever a build leaves behind for the next one spread over all three.
            for (int r = 0; r < repeat; r++)
            {
                for (int i = 0; i < configs.Length; i++)
                {
                    int c = (r + i) % configs.Length;
                    runs[c].Add(Runner.Build(configs[c], dirs[c], measureMemory: true, Log));
                }
                // What a long run has measured so far, should it be stopped.
                File.WriteAllText(Path.Combine(output, "cost-partial.md"), CostReport(corpus, configs, runs, r + 1));
            }
            return CostReport(corpus, configs, runs, repeat);
        }

        private static string CostReport(Corpus corpus, AnalyzerPackage[] configs, List<List<ToolRun>> runs, int repeat)
        {
            int secrets = corpus.Labels.Count(l => l.IsSecret);
            int files = corpus.Files - CorpusOptions.Large.JsonFiles - 1;

            double baseline = Statistics.Median(runs[0].Select(r => r.Wall.TotalSeconds));
            double baselineCpu = Statistics.Median(runs[0].Select(r => r.CpuSeconds));
            var rows = new List<IReadOnlyList<string>>();
            for (int c = 0; c < configs.Length; c++)
            {
                double wall = Statistics.Median(runs[c].Select(r => r.Wall.TotalSeconds));
                double cpu = Statistics.Median(runs[c].Select(r => r.CpuSeconds));
                string assembly = c == 1 ? "TokenGuard" : c == 2 ? "SonarAnalyzer" : "";
                double analyzer = c == 0 ? 0 : Statistics.Median(runs[c].Select(r => r.AnalyzerTimes.Where(a => a.IsAssembly && a.Analyzer.StartsWith(assembly, StringComparison.Ordinal)).Sum(a => a.Seconds)));
                double secretRules = c == 0 ? 0 : Statistics.Median(runs[c].Select(r => SecretRuleSeconds(configs[c], r.AnalyzerTimes)));
                double rss = Statistics.Median(runs[c].Select(r => r.PeakRssKb / 1024.0));
                rows.Add(new[]
                {
                    configs[c].Tool,
                    wall.ToString("0.0", CultureInfo.InvariantCulture) + " s " + Range(runs[c].Select(r => r.Wall.TotalSeconds)),
                    c == 0 ? "–" : ((wall - baseline) / baseline * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %",
                    cpu.ToString("0.0", CultureInfo.InvariantCulture) + " s " + Range(runs[c].Select(r => r.CpuSeconds)),
                    c == 0 || baselineCpu == 0 ? "–" : ((cpu - baselineCpu) / baselineCpu * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture) + " %",
                    c == 0 ? "–" : analyzer.ToString("0.000", CultureInfo.InvariantCulture) + " s",
                    c == 0 ? "–" : secretRules.ToString("0.000", CultureInfo.InvariantCulture) + " s",
                    rss.ToString("0", CultureInfo.InvariantCulture) + " MB",
                });
            }
            var text = new StringBuilder("### Build cost\n\n");
            text.Append($"A generated library of {files:N0} C# files and {corpus.Lines:N0} lines ({secrets} secrets, {files * CorpusOptions.Large.FillerMethodsPerFile * 5:N0} ordinary literals), ")
                .Append($"`dotnet build -c Release --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation=false -nodeReuse:false` with a detailed file log and a SARIF error log in every build (the harness reads both; TokenGuard itself forces no error log: its usage locations travel in its own usage files), median of {repeat} runs taken in turn, each round starting with the next build. ")
                .Append("Analyzer time is the compiler's own report (`-p:ReportAnalyzer=true`) for the package's assembly; secret rules' time is that of the analyzer types reporting the rules scored above (TokenGuard TG0001, TG0002, TG0004; Sonar S2068, S6418). ")
                .Append("The SDK's own code-quality analyzers (CA rules) run in all three builds. ")
                .Append("CPU time is GNU time's user + system time of the build and every process it waited for (MSBuild nodes, the compiler). ")
                .Append("Times are medians, with the fastest and slowest run in brackets. ")
                .Append("Peak RSS is GNU time's maximum resident set: the largest single process of the build (the compiler).\n\n");
            text.Append(MarkdownTable.Render(new[] { "build", "wall time", "vs no package", "CPU time", "vs no package", "package's analyzer time", "secret rules' time", "peak RSS" }, rows)).Append('\n');
            var secretTypes = Enumerable.Range(1, configs.Length - 1).SelectMany(c => runs[c].SelectMany(r => r.AnalyzerTimes).Where(a => IsSecretRule(configs[c], a))).Select(a => a.Analyzer).Distinct().OrderBy(a => a).ToList();
            if (secretTypes.Count > 0) text.Append("Analyzer types counted as secret rules: ").Append(string.Join(", ", secretTypes.Select(t => "`" + t + "`"))).Append(".\n\n");
            var tokenGuardTypes = runs[1].SelectMany(r => r.AnalyzerTimes).Where(a => !a.IsAssembly && a.Analyzer.StartsWith("TokenGuard.", StringComparison.Ordinal)).Select(a => a.Analyzer).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
            if (tokenGuardTypes.Count > 0)
                text.Append("TokenGuard's analyzer types (median of the compiler's report): ")
                    .Append(string.Join(", ", tokenGuardTypes.Select(t => "`" + t.Split(' ')[0] + "` " + Statistics.Median(runs[1].Select(r => r.AnalyzerTimes.Where(a => a.Analyzer == t).Sum(a => a.Seconds))).ToString("0.00", CultureInfo.InvariantCulture) + " s")))
                    .Append(".\n\n");
            text.Append(OwnTime(configs, runs));
            return text.ToString();
        }

        /// <summary>
        /// Issue 16's targets, from the same run: TokenGuard's own time (its analyzers by the compiler's report, its
        /// targets and tasks by MSBuild's performance summary) against the build's CPU time and SonarAnalyzer's two
        /// secret rules, and the error log's bytes: other analyzers' output, which TokenGuard no longer forces into a log.
        /// </summary>
        public static string OwnTime(AnalyzerPackage[] configs, List<List<ToolRun>> runs)
        {
            int tg = Array.FindIndex(configs, c => c.Tool == "TokenGuard"), sonar = Array.FindIndex(configs, c => c.Tool == "SonarAnalyzer.CSharp");
            if (tg < 0 || runs[tg].Count == 0) return "";
            var tgRuns = runs[tg];
            double Analyzers(ToolRun r) => r.AnalyzerTimes.Where(a => a.IsAssembly && a.Analyzer.StartsWith("TokenGuard", StringComparison.Ordinal)).Sum(a => a.Seconds);
            double Targets(ToolRun r) => r.MSBuildTimes.Where(t => t.IsTarget && AnalyzerPackage.IsTokenGuardTarget(t.Name)).Sum(t => t.Seconds);
            double Own(ToolRun r) => Analyzers(r) + Targets(r);
            double own = Statistics.Median(tgRuns.Select(Own));
            double cpu = Statistics.Median(tgRuns.Select(r => r.CpuSeconds));
            double share = Statistics.Median(tgRuns.Where(r => r.CpuSeconds > 0).Select(r => Own(r) / r.CpuSeconds).DefaultIfEmpty(double.NaN));
            double sonarRules = sonar < 0 || runs[sonar].Count == 0 ? double.NaN : Statistics.Median(runs[sonar].Select(r => SecretRuleSeconds(configs[sonar], r.AnalyzerTimes)));
            double ratio = own / sonarRules;
            string S(double v, string format = "0.000") => double.IsNaN(v) ? "–" : v.ToString(format, CultureInfo.InvariantCulture) + " s";
            string Verdict(bool met) => met ? "**met**" : "**missed**";
            var rows = new List<IReadOnlyList<string>>
            {
                new[] { "TokenGuard's analyzers (compiler's `ReportAnalyzer`, `TokenGuard.Analyzers` line)", S(Statistics.Median(tgRuns.Select(Analyzers))) + " " + Range(tgRuns.Select(Analyzers), "0.00"), "" },
                new[] { "TokenGuard's MSBuild targets (performance summary: " + string.Join(", ", tgRuns.SelectMany(r => r.MSBuildTimes).Where(t => t.IsTarget && AnalyzerPackage.IsTokenGuardTarget(t.Name)).Select(t => "`" + t.Name + "`").Distinct()) + ")", S(Statistics.Median(tgRuns.Select(Targets))) + " " + Range(tgRuns.Select(Targets), "0.00"), "" },
                new[] { "of which its tasks: " + string.Join(", ", AnalyzerPackage.TokenGuardTasks.Select(name => "`" + name + "` " + S(Statistics.Median(tgRuns.Select(r => r.MSBuildTimes.Where(t => !t.IsTarget && t.Name == name).Sum(t => t.Seconds)))) + " (" + tgRuns.Select(r => r.MSBuildTimes.Where(t => !t.IsTarget && t.Name == name).Sum(t => t.Calls)).Max() + " call(s))")), "", "" },
                new[] { "**TokenGuard's own time** (analyzers + targets)", "**" + S(own) + "** " + Range(tgRuns.Select(Own), "0.00"), "" },
                new[] { "the TokenGuard build's CPU time (GNU time, user + sys)", S(cpu, "0.0") + " " + Range(tgRuns.Select(r => r.CpuSeconds)), "" },
                new[] { "**own time ÷ build CPU time** (median of the runs' ratios)", double.IsNaN(share) ? "–" : (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %", "≤ 2 %: " + (double.IsNaN(share) ? "–" : Verdict(share <= 0.02)) },
                new[] { "SonarAnalyzer's S2068 + S6418 analyzer types (compiler's report, same run)", S(sonarRules) + (sonar < 0 ? "" : " " + Range(runs[sonar].Select(r => SecretRuleSeconds(configs[sonar], r.AnalyzerTimes)), "0.00")), "" },
                new[] { "**own time ÷ Sonar's secret rules** (ratio of medians)", double.IsNaN(ratio) ? "–" : ratio.ToString("0.00", CultureInfo.InvariantCulture), "≤ 0.25: " + (double.IsNaN(ratio) ? "–" : Verdict(ratio <= 0.25)) },
            };
            // Load from elsewhere only adds to the compiler's figures (wall time inside callbacks) and never takes away, so
            // the least-loaded build is the closest to what the work itself costs: its figures beside the medians.
            ToolRun fastest = tgRuns.OrderBy(Own).First();
            double fastestSonar = sonar < 0 || runs[sonar].Count == 0 ? double.NaN : runs[sonar].Min(r => SecretRuleSeconds(configs[sonar], r.AnalyzerTimes));
            rows.Add(new[] { "fastest run: own time ÷ that build's CPU time", fastest.CpuSeconds > 0 ? (Own(fastest) / fastest.CpuSeconds * 100).ToString("0.00", CultureInfo.InvariantCulture) + " % (" + S(Own(fastest)) + " of " + S(fastest.CpuSeconds, "0.0") + ")" : "–", "≤ 2 %: " + (fastest.CpuSeconds > 0 ? Verdict(Own(fastest) / fastest.CpuSeconds <= 0.02) : "–") });
            rows.Add(new[] { "fastest runs: own time ÷ Sonar's secret rules", double.IsNaN(fastestSonar) ? "–" : (Own(fastest) / fastestSonar).ToString("0.00", CultureInfo.InvariantCulture) + " (" + S(Own(fastest)) + " ÷ " + S(fastestSonar) + ")", "≤ 0.25: " + (double.IsNaN(fastestSonar) ? "–" : Verdict(Own(fastest) / fastestSonar <= 0.25)) });
            var text = new StringBuilder("#### TokenGuard's own time (issue 16)\n\n");
            text.Append(MarkdownTable.Render(new[] { "", "median (fastest–slowest)", "target" }, rows)).Append('\n');
            var loads = runs.SelectMany(r => r).SelectMany(r => new[] { r.Load.Before, r.Load.After }).Where(l => l > 0).ToList();
            if (loads.Count > 0)
                text.Append($"Load average (1 min, /proc/loadavg) before and after each build of the run: {loads.Min().ToString("0.0", CultureInfo.InvariantCulture)} to {loads.Max().ToString("0.0", CultureInfo.InvariantCulture)} on {Environment.ProcessorCount} cores.\n\n");
            ErrorLogSize log = tgRuns[^1].ErrorLog;
            ErrorLogSize? none = configs.Select((c, i) => (c, i)).Where(p => p.c.PackageId is null && runs[p.i].Count > 0).Select(p => runs[p.i][^1].ErrorLog).FirstOrDefault();
            text.Append($"Error log: TokenGuard's build writes a SARIF error log of {log.Bytes:N0} bytes ({log.Results:N0} results); TokenGuard's own results in it take {log.OwnResultBytes:N0} bytes ({log.OwnResults:N0} results)");
            if (none is not null) text.Append($", the rest is other analyzers' output (the build without any package: {none.Bytes:N0} bytes, {none.Results:N0} results)");
            text.Append(". Here every build names its own log (the harness reads findings from it); TokenGuard forces none: usage locations reach its task in its own usage files (`tests/run-errorlog-size.sh` measures both).\n\n");
            return text.ToString();
        }

        /// <summary>"(min–max)" of repeated timings: how much identical builds varied on this machine.</summary>
        private static string Range(IEnumerable<double> seconds, string format = "0.0")
        {
            var values = seconds.ToList();
            return "(" + values.Min().ToString(format, CultureInfo.InvariantCulture) + "–" + values.Max().ToString(format, CultureInfo.InvariantCulture) + ")";
        }

        /// <summary>An analyzer type (not an assembly line) whose diagnostic ids include one of the package's secret rules.</summary>
        private static bool IsSecretRule(AnalyzerPackage package, AnalyzerTime time) =>
            !time.IsAssembly && package.RuleIds.Any(id => System.Text.RegularExpressions.Regex.IsMatch(time.Analyzer, @"[(, ]" + id + @"[,)]"));

        private static double SecretRuleSeconds(AnalyzerPackage package, IReadOnlyList<AnalyzerTime> times) =>
            times.Where(a => IsSecretRule(package, a)).Sum(a => a.Seconds);

        private static string NpmVersion(string node, string package)
        {
            string path = Path.Combine(node, "node_modules", package, "package.json");
            if (!File.Exists(path)) return "?";
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.GetProperty("version").GetString() ?? "?";
        }

        private static string MeasuredOn() =>
            "Measured " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC on " + Machine() + ".\n\n";

        public static string Machine()
        {
            string os = RuntimeInformation.OSDescription;
            try
            {
                string? pretty = File.ReadAllLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
                if (pretty is not null) os = pretty.Substring(12).Trim('"');
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            var sdk = Runner.Run("dotnet", new[] { "--version" }, Environment.CurrentDirectory, measureMemory: false);
            return $"{Environment.ProcessorCount} cores (shared with other builds), {os}, .NET SDK {sdk.Output.Trim()}";
        }

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TokenGuard.sln"))) return dir.FullName;
            return Environment.CurrentDirectory;
        }

        private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
    }
}
