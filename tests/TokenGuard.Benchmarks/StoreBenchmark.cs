using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using TokenGuard.Cli.Inventory;
using TokenGuard.Inventory;
using TokenGuard.Store;

namespace TokenGuard.Benchmarks
{
    /// <summary>
    /// The inventory store at scale (tests/run-store-benchmark.sh): daily ingests of many repositories, each a separate
    /// open-ingest-close as a CI job does it; one token's history; export of the live tokens against merge of the same entries.
    /// About 1% of ingests change an owner and 1% drop a token (restored the next day), so history and versions grow.
    /// </summary>
    public static class StoreBenchmark
    {
        public static void Ingests(string store, int repositories, int tokens, int days)
        {
            var withOpen = new List<double>(repositories * days);
            var ingestOnly = new List<double>(repositories * days);
            var clock = Stopwatch.StartNew();
            for (int day = 0; day < days; day++)
            {
                DateTime at = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc).AddDays(day);
                for (int repository = 0; repository < repositories; repository++)
                {
                    StoreArtifact artifact = Artifact(repository, tokens, day);
                    long start = Stopwatch.GetTimestamp();
                    using (IInventoryStore opened = InventoryStores.Open(store))
                    {
                        long ingestStart = Stopwatch.GetTimestamp();
                        opened.Ingest(new[] { artifact }, at.AddMilliseconds(repository));
                        ingestOnly.Add(Stopwatch.GetElapsedTime(ingestStart).TotalMilliseconds);
                    }

                    withOpen.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                if (day == 0 || day == days - 1 || (day + 1) % 10 == 0)
                {
                    using Process self = Process.GetCurrentProcess();
                    Console.WriteLine(FormattableString.Invariant(
                        $"  day {day + 1,2}: {(day + 1) * repositories} ingests in {clock.Elapsed.TotalSeconds:F0} s; this day's p95 {Percentile(withOpen.Skip(day * repositories).ToList(), 95):F1} ms; managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB, working set {self.WorkingSet64 / 1048576.0:F0} MB"));
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"ingest ({repositories} repositories x {tokens} tokens x {days} days = {(long)repositories * tokens * days} observations): p50 {Percentile(withOpen, 50):F1} ms, p95 {Percentile(withOpen, 95):F1} ms, p99 {Percentile(withOpen, 99):F1} ms (open+ingest+close); ingest alone p95 {Percentile(ingestOnly, 95):F1} ms"));

            var history = new List<double>();
            var random = new Random(7);
            using (IInventoryStore opened = InventoryStores.Open(store))
            {
                for (int i = 0; i < 200; i++)
                {
                    int repository = random.Next(repositories);
                    long start = Stopwatch.GetTimestamp();
                    int changes = opened.History(new HistoryQuery { Token = $"id:repo-{repository}/token-1" }).Count;
                    history.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    if (changes == 0) throw new InvalidOperationException("a token with no history");
                }
            }

            Console.WriteLine(FormattableString.Invariant($"one token's history: p50 {Percentile(history, 50):F2} ms, p95 {Percentile(history, 95):F2} ms (200 random tokens)"));
            using Process process = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant($"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        }

        /// <summary>Ingests the artifacts under <paramref name="folder"/> (as written for merge), then times export against merge of the same files.</summary>
        public static void Export(string store, string folder)
        {
            List<string> files = MergeCommand.ExpandInputs(new[] { folder });
            var clock = Stopwatch.StartNew();
            using (IInventoryStore opened = InventoryStores.Open(store))
            {
                foreach (string[] batch in files.Chunk(500)) opened.Ingest(batch.SelectMany(StoreArtifacts.Read).ToList(), DateTime.UtcNow);
            }

            Console.WriteLine(FormattableString.Invariant($"  ingested {files.Count} artifacts in batches of 500 in {clock.Elapsed.TotalSeconds:F0} s"));
            string exported = Path.Combine(folder, "..", "exported.json"), merged = Path.Combine(folder, "..", "merged.json");
            // Once each to warm up (JIT, file cache), then the timed run.
            double exportMs = 0, mergeMs = 0;
            int count = 0;
            for (int run = 0; run < 2; run++)
            {
                long start = Stopwatch.GetTimestamp();
                using (IInventoryStore opened = InventoryStores.Open(store)) count = ExportCommand.Export(opened, exported, asOfDay: null);
                exportMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                start = Stopwatch.GetTimestamp();
                if (MergeCommand.Run(new[] { folder }, merged, TextWriter.Null, Console.Error) != 0) throw new InvalidOperationException("merge failed");
                mergeMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"export of {count} live tokens: {exportMs / 1000:F2} s; merge of the same {files.Count} artifacts: {mergeMs / 1000:F2} s; ratio {exportMs / mergeMs:F2}x; outputs {new FileInfo(exported).Length / 1048576.0:F0} MB / {new FileInfo(merged).Length / 1048576.0:F0} MB"));
        }

        private static StoreArtifact Artifact(int repository, int tokens, int day)
        {
            var list = new List<InventoryToken>(tokens);
            for (int t = 0; t < tokens; t++)
            {
                // About 1% of ingests drop the last token for a day.
                if (t == tokens - 1 && (repository + day) % 97 == 3) continue;
                bool shared = t == 0;
                list.Add(new InventoryToken
                {
                    Id = "token-" + t.ToString(CultureInfo.InvariantCulture),
                    Description = $"Token {t} of repository {repository}",
                    // About 1% of ingests hand token-1 to another team.
                    Owner = t == 1 ? $"team:team-{(repository + (day + repository % 97) / 97) % 40}" : $"team:team-{repository % 40}",
                    System = shared ? "github" : "stripe",
                    Scope = new List<string> { "read", "write" },
                    Created = "2026-01-10",
                    Expires = "2027-01-10",
                    Environments = new List<string> { "production" },
                    Usages = new List<InventoryUsage> { new InventoryUsage("config", $"Service{t}:ApiKey") },
                    ProviderKind = shared ? "github" : null,
                    ProviderRef = shared ? (repository % 5000).ToString(CultureInfo.InvariantCulture) : null,
                    ManifestLine = 3 + t * 12,
                    UsedAt = new List<InventoryUsedAt> { new InventoryUsedAt("Api", $"src/Service{t}.cs", 10 + t) },
                });
            }

            return new StoreArtifact
            {
                Path = $"repo-{repository}/tokenguard-inventory.json",
                Sha256 = "",
                Repository = $"repo-{repository}",
                Commit = $"{repository:x8}{day:x4}",
                Project = "Api",
                Manifest = "tokens.yaml",
                ToolVersion = "0.1.0",
                Tokens = list,
            };
        }

        private static double Percentile(List<double> values, int percentile)
        {
            if (values.Count == 0) return 0;
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
        }
    }
}
