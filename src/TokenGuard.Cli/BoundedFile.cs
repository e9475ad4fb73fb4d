using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace TokenGuard.Cli
{
    /// <summary>
    /// Reads at most a limit plus one byte, whatever the file claims to be: FileInfo.Length says nothing about
    /// /dev/zero or a file that grows while it is read, so the limit is enforced on the bytes actually read.
    /// </summary>
    internal static class BoundedFile
    {
        private const int InitialBytes = 64 * 1024;

        /// <summary>Up to <paramref name="limit"/> + 1 bytes; more than <paramref name="limit"/> means "too large".</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
        public static byte[] Read(string path, long limit)
        {
            byte[]? buffer = null;
            int total = Read(path, limit, ref buffer);
            Array.Resize(ref buffer, total);
            return buffer;
        }

        /// <summary>
        /// The same into a buffer the caller keeps from one file to the next (grown when a file needs more; null: allocate one):
        /// a tree's files are read without allocating each one's bytes.
        /// </summary>
        /// <returns>How many bytes were read into <paramref name="buffer"/>: more than <paramref name="limit"/> means "too large".</returns>
        public static int Read(string path, long limit, ref byte[]? buffer)
        {
            // A bare handle and positional reads: no FileStream, no read-ahead advice, no size asked (the buffer grows
            // as it fills, and is kept from one file to the next): three system calls a file fewer.
            using SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            buffer ??= new byte[(int)Math.Min(limit + 1, InitialBytes)];
            int total = 0;
            while (total <= limit)
            {
                if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit + 1, (long)buffer.Length * 2));
                int read = RandomAccess.Read(file, buffer.AsSpan(total), fileOffset: total);
                if (read == 0) break;
                total += read;
            }

            return total;
        }
    }
}
