using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Where a working-tree scan's time goes, printed to stderr when <c>TOKENGUARD_PROFILE=1</c> (as
    /// <see cref="History.HistoryProfile"/> does for history scans): each stage's wall time summed over the threads
    /// that ran it, with the files and bytes that reached it. Off by default; costs one check per stage when off.
    /// </summary>
    internal static class ScanProfile
    {
        public static readonly bool Enabled = Environment.GetEnvironmentVariable("TOKENGUARD_PROFILE") == "1";

        public enum Stage { Enumerate, Read, Tractable, TextPrefilter, LiteralLexer, RoslynLexer, LiteralPrefilter, ParseAndFind, Settings, TextRules, AssignedSecrets, SettingsFiles, Report, Count }

        private static readonly long[] Ticks = new long[(int)Stage.Count];
        private static readonly long[] Files = new long[(int)Stage.Count];
        private static readonly long[] Chars = new long[(int)Stage.Count];

        public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

        /// <summary>Adds the time since <paramref name="started"/> to a stage, for one file of <paramref name="chars"/> characters.</summary>
        public static void Add(Stage stage, long started, int chars = 0)
        {
            if (!Enabled) return;
            Interlocked.Add(ref Ticks[(int)stage], Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref Files[(int)stage]);
            Interlocked.Add(ref Chars[(int)stage], chars);
        }

        public static void Report(TextWriter error)
        {
            if (!Enabled) return;
            var process = Process.GetCurrentProcess();
            error.WriteLine($"profile: process CPU {process.TotalProcessorTime.TotalSeconds:0.00} s (user {process.UserProcessorTime.TotalSeconds:0.00} s), since start {(DateTime.Now - process.StartTime).TotalSeconds:0.00} s");
            error.WriteLine($"profile: allocated {GC.GetTotalAllocatedBytes() / 1e6:0.0} MB, collections gen0 {GC.CollectionCount(0)} gen1 {GC.CollectionCount(1)} gen2 {GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:0.000} s");
            for (int s = 0; s < (int)Stage.Count; s++)
            {
                error.WriteLine($"profile: {(Stage)s,-16} {Ticks[s] / (double)Stopwatch.Frequency,7:0.000} s {Files[s],7} file(s) {Chars[s] / 1e6,8:0.0} M chars");
            }
        }
    }
}
