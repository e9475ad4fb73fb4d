using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TokenGuard.Manifest;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Scans blob contents with the working tree's engine (<see cref="RepositoryScanner"/>), each as if it were
    /// the file at its path. Blobs go in batches of distinct paths; one batch is scanned while the next is read, and
    /// only the batch's texts are held, so memory does not grow with the history.
    /// </summary>
    internal sealed class BlobScanner
    {
        private const int BatchFiles = 256;
        private const long BatchChars = 8 * 1024 * 1024;

        private readonly string _root;
        private readonly UsageMatcher? _manifest;
        private readonly ChangeGate? _gate;

        /// <param name="gate">For history: later versions of a file are scanned only when their changes may hold a secret.</param>
        public BlobScanner(string root, UsageMatcher? manifest, ChangeGate? gate = null)
        {
            _root = root;
            _manifest = manifest;
            _gate = gate;
        }

        /// <param name="found">Called batch by batch, in order and never concurrently, with each finding, its blob and the blob's text.</param>
        public void Scan(IEnumerable<(GitBlob Blob, string Text)> blobs, Action<ScanFinding, GitBlob, string> found)
        {
            Task? scanning = null;
            var batch = new Dictionary<string, (GitBlob Blob, string Text)>(StringComparer.Ordinal);
            long chars = 0;
            using IEnumerator<(GitBlob Blob, string Text)> reading = blobs.GetEnumerator();
            for (long waited = HistoryProfile.Start(); reading.MoveNext(); waited = HistoryProfile.Start())
            {
                HistoryProfile.AddReading(waited);
                (GitBlob blob, string text) = reading.Current;
                long gating = HistoryProfile.Start();
                bool skip = _gate?.ShouldScan(blob.Path, text) == false;
                HistoryProfile.AddGate(gating);
                if (skip) continue;
                string full = Path.Combine(_root, blob.Path);
                if (batch.Count >= BatchFiles || chars >= BatchChars || batch.ContainsKey(full))
                {
                    scanning?.GetAwaiter().GetResult();
                    var ready = batch;
                    scanning = Task.Run(() => ScanBatch(ready, found));
                    batch = new Dictionary<string, (GitBlob Blob, string Text)>(StringComparer.Ordinal);
                    chars = 0;
                }

                batch[full] = (blob, text);
                chars += text.Length;
            }

            scanning?.GetAwaiter().GetResult();
            if (batch.Count > 0) ScanBatch(batch, found);
        }

        private void ScanBatch(Dictionary<string, (GitBlob Blob, string Text)> batch, Action<ScanFinding, GitBlob, string> found)
        {
            long started = HistoryProfile.Start();
            var byRelative = batch.Values.ToDictionary(entry => RepositoryFiles.Relative(_root, Path.Combine(_root, entry.Blob.Path)), StringComparer.Ordinal);
            var scanner = new RepositoryScanner(_root, _manifest, read: (full, _) => batch.TryGetValue(full, out var entry) ? entry.Text : null);
            IReadOnlyList<ScanFinding> findings = scanner.Scan(batch.Keys.ToList());
            lock (this)
            {
                foreach (ScanFinding finding in findings)
                {
                    if (byRelative.TryGetValue(finding.File, out var entry)) found(finding, entry.Blob, entry.Text);
                }
            }

            HistoryProfile.AddEngine(started);
        }
    }
}
