using System;
using BenchmarkDotNet.Running;

namespace TokenGuard.Benchmarks
{
    public static class Program
    {
        /// <summary>BenchmarkDotNet, or <c>generate-inventories &lt;dir&gt; &lt;artifacts&gt; &lt;tokens-per-artifact&gt;</c> for run-merge-memory.sh.</summary>
        public static void Main(string[] args)
        {
            if (args.Length == 4 && args[0] == "generate-inventories")
            {
                InventoryCorpus.Generate(args[1], int.Parse(args[2]), int.Parse(args[3]));
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
