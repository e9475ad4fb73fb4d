using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Where a history scan's time goes, printed to stderr when <c>TOKENGUARD_PROFILE=1</c>: reading blobs, the
    /// change gate, and the per-file engine. Off by default; costs one check per stage when off.
    /// </summary>
    internal static class HistoryProfile
    {
        public static readonly bool Enabled = Environment.GetEnvironmentVariable("TOKENGUARD_PROFILE") == "1";

        private static long _reading, _gate, _engine;

        public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

        public static void AddReading(long started) { if (Enabled) Interlocked.Add(ref _reading, Stopwatch.GetTimestamp() - started); }

        public static void AddGate(long started) { if (Enabled) Interlocked.Add(ref _gate, Stopwatch.GetTimestamp() - started); }

        public static void AddEngine(long started) { if (Enabled) Interlocked.Add(ref _engine, Stopwatch.GetTimestamp() - started); }

        public static void Report(TextWriter error)
        {
            if (!Enabled) return;
            static string S(long ticks) => (ticks / (double)Stopwatch.Frequency).ToString("0.00") + " s";
            error.WriteLine($"profile: waiting for blobs {S(_reading)}, change gate {S(_gate)}, engine batches {S(_engine)} (wall, summed over threads)");
        }
    }
}
