using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// Turns a stream of raw changes into blob contents, each blob read once: a thread walks the changes and asks
    /// <c>git cat-file</c> for new blob ids, the caller's thread reads the answers. Memory is bounded by the queue,
    /// plus one small id per distinct blob. Submodules, missing objects and LFS pointers become warnings.
    /// </summary>
    internal sealed class BlobStream
    {
        /// <summary>What every Git LFS pointer file starts with: the content lives outside git.</summary>
        public const string LfsPointerStart = "version https://git-lfs.github.com/spec/v1";

        private const int QueueCapacity = 4096;

        private readonly string _repository;
        private readonly long _maxBytes;
        private readonly ConcurrentQueue<ScanWarning> _warnings = new ConcurrentQueue<ScanWarning>();

        public BlobStream(string repository, long maxBytes)
        {
            _repository = repository;
            _maxBytes = maxBytes;
        }

        public IEnumerable<ScanWarning> Warnings => _warnings;

        /// <summary>Distinct blobs read (text or not).</summary>
        public int Blobs { get; private set; }

        /// <summary>Binary or over the limit: skipped without a warning.</summary>
        public int Skipped { get; private set; }

        /// <summary>Blobs that are private key containers (<see cref="KeyContainerFile"/>), with their fingerprints: not text, yet secrets.</summary>
        public List<(GitBlob Blob, string Fingerprint)> KeyContainers { get; } = new List<(GitBlob, string)>();

        public IEnumerable<(GitBlob Blob, string Text)> Read(IEnumerable<RawChange> changes)
        {
            using var catFile = new CatFileBatch(_repository, _maxBytes);
            using var queue = new BlockingCollection<GitBlob>(QueueCapacity);
            Exception? producerError = null;
            var producer = new Thread(() =>
            {
                try
                {
                    Produce(changes, queue, catFile);
                }
                catch (Exception ex)
                {
                    producerError = ex; // rethrown on the reading thread, never lost
                }
                finally
                {
                    queue.CompleteAdding();
                    try { catFile.Complete(); } catch (System.IO.IOException) { /* git exited; the reader reports it */ }
                }
            }) { IsBackground = true, Name = "git log reader" };
            producer.Start();

            foreach (GitBlob blob in queue.GetConsumingEnumerable())
            {
                byte[]? content = catFile.ReadNext(out bool missing, out bool tooLarge);
                Blobs++;
                if (missing)
                {
                    _warnings.Enqueue(new ScanWarning(blob.Path, $"blob {blob.BlobId} is missing from the repository (partial or damaged clone); not scanned"));
                    continue;
                }

                // Checked before decoding: a container's DER bytes may hold no NUL and pass for text.
                if (KeyContainerFile.Fingerprint(content, content?.Length ?? 0) is { } container)
                {
                    KeyContainers.Add((blob, container));
                    continue;
                }

                string? text = tooLarge ? null : TextDecoder.Decode(content);
                if (text is null)
                {
                    Skipped++;
                    continue;
                }

                if (text.StartsWith(LfsPointerStart, StringComparison.Ordinal))
                {
                    _warnings.Enqueue(new ScanWarning(blob.Path, $"Git LFS pointer{At(blob)}; the file it names is stored outside git and was not scanned"));
                    continue;
                }

                yield return (blob, text);
            }

            producer.Join();
            if (producerError != null) throw new InvalidOperationException("reading the git log failed", producerError);
        }

        private void Produce(IEnumerable<RawChange> changes, BlockingCollection<GitBlob> queue, CatFileBatch catFile)
        {
            var seen = new HashSet<BlobId>();
            var submodules = new HashSet<string>(StringComparer.Ordinal);
            foreach (RawChange change in changes)
            {
                if (change.Status == 'D') continue;
                if (change.NewMode == RawChange.GitlinkMode)
                {
                    if (submodules.Add(change.Path))
                        _warnings.Enqueue(new ScanWarning(change.Path, $"submodule (gitlink to {change.NewBlob}); its own repository is not scanned, scan it separately"));
                    continue;
                }

                if (!change.IsRegularFile || !seen.Add(BlobId.Parse(change.NewBlob))) continue;
                var blob = new GitBlob(change.NewBlob, change.Path, change.Commit, change.AuthorDate);
                queue.Add(blob);
                catFile.Request(change.NewBlob);
            }
        }

        private static string At(GitBlob blob) => blob.Commit is null ? "" : " in commit " + blob.Commit.Substring(0, 12);
    }
}
