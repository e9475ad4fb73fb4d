using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TokenGuard.Cli.Inventory;

namespace TokenGuard.Benchmarks
{
    /// <summary>
    /// <c>tokenguard inventory merge</c> over 1,000 repositories' artifacts (10,000 or 100,000 entries).
    /// Target: 100,000 entries in seconds. Peak memory of the whole process: tests/run-merge-memory.sh.
    /// </summary>
    [MemoryDiagnoser]
    [InProcess]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
    public class MergeBenchmarks
    {
        private string _directory = "";

        [Params(10, 100)]
        public int TokensPerArtifact { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _directory = Path.Combine(Path.GetTempPath(), "tokenguard-merge-" + TokensPerArtifact);
            if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
            InventoryCorpus.Generate(_directory, artifacts: 1000, TokensPerArtifact);
        }

        [GlobalCleanup]
        public void Cleanup() => Directory.Delete(_directory, recursive: true);

        [Benchmark]
        public int Merge() => MergeCommand.Run(new[] { _directory }, Path.Combine(Path.GetTempPath(), "tokenguard-central.json"), TextWriter.Null, TextWriter.Null);
    }
}
