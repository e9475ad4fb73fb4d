using System;
using BenchmarkDotNet.Running;

namespace TokenGuard.Benchmarks
{
    public static class Program
    {
        /// <summary>BenchmarkDotNet, or <c>generate-inventories &lt;dir&gt; &lt;artifacts&gt; &lt;tokens-per-artifact&gt;</c> for run-merge-memory.sh,
        /// <c>store-ingests &lt;store&gt; &lt;repositories&gt; &lt;tokens&gt; &lt;days&gt;</c> and <c>store-export &lt;store&gt; &lt;folder&gt;</c> for run-store-benchmark.sh.</summary>
        public static void Main(string[] args)
        {
            if (args.Length == 4 && args[0] == "generate-inventories")
            {
                InventoryCorpus.Generate(args[1], int.Parse(args[2]), int.Parse(args[3]));
                return;
            }

            if (args.Length == 5 && args[0] == "store-ingests")
            {
                StoreBenchmark.Ingests(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]));
                return;
            }

            if (args.Length == 3 && args[0] == "store-export")
            {
                StoreBenchmark.Export(args[1], args[2]);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
