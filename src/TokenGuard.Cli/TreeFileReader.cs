using System;
using System.Collections.Generic;
using System.IO;
using TokenGuard;
using TokenGuard.Detection;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Reads a listed file of a working tree as text, for scan and init alike: regular files only, at most
    /// the limit, BOM-marked encodings decoded. Binary and huge files are skipped and counted; an unreadable
    /// one, or one replaced by a FIFO since it was listed, is a warning, never an exception.
    /// </summary>
    internal sealed class TreeFileReader
    {
        private readonly long _maxBytes;

        // One buffer for every file: only the decoded text is allocated.
        private byte[]? _buffer;

        public TreeFileReader(long maxBytes) => _maxBytes = maxBytes;

        public int SkippedFiles { get; private set; }

        public List<ScanWarning> Warnings { get; } = new List<ScanWarning>();

        /// <summary>
        /// When the file just read was binary and a PKCS#12 container holding a private key (<see cref="KeyContainerFile"/>):
        /// the fingerprint of its bytes (base64), for a finding that shows none of them; null otherwise.
        /// </summary>
        public string? KeyContainerFingerprint { get; private set; }

        public string? Read(string path, string relative)
        {
            KeyContainerFingerprint = null;
            FileKind kind = FileKindProbe.Of(path);
            if (kind == FileKind.Missing) return null;
            if (kind != FileKind.Regular)
            {
                Warnings.Add(new ScanWarning(relative, ScanWarning.NotRegular));
                return null;
            }

            int length;
            try
            {
                length = BoundedFile.Read(path, _maxBytes, ref _buffer);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Warnings.Add(new ScanWarning(relative, "skipped, cannot read: " + ex.Message));
                return null;
            }

            // A private key container is reported, not read as text (its DER bytes may hold no NUL).
            KeyContainerFingerprint = length <= _maxBytes ? KeyContainerFile.Fingerprint(_buffer, length) : null;
            if (KeyContainerFingerprint != null) return null;

            string? text = length > _maxBytes ? null : TextDecoder.Decode(_buffer.AsSpan(0, length));
            if (text is null) SkippedFiles++;
            return text;
        }
    }
}
