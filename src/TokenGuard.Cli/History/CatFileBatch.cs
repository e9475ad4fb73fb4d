using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace TokenGuard.Cli.History
{
    /// <summary>
    /// One <c>git cat-file --batch</c> for a whole scan: ids are written on one thread, contents read in the same
    /// order on another, so git never waits for us. Contents over the size limit are read past, never held.
    /// </summary>
    internal sealed class CatFileBatch : IDisposable
    {
        private readonly Process _process;
        private readonly Stream _output;
        private readonly StreamWriter _input;
        private readonly long _maxBytes;
        private readonly byte[] _skip = new byte[64 * 1024];

        public CatFileBatch(string repository, long maxBytes)
        {
            _maxBytes = maxBytes;
            _process = GitProcess.Start(repository, new[] { "cat-file", "--batch" }, redirectInput: true);
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
            _input = new StreamWriter(_process.StandardInput.BaseStream, new UTF8Encoding(false)) { NewLine = "\n" };
            _output = new BufferedStream(_process.StandardOutput.BaseStream, 256 * 1024);
        }

        public void Request(string objectName)
        {
            _input.WriteLine(objectName);
            _input.Flush();
        }

        /// <summary>No more requests: git exits after answering those written.</summary>
        public void Complete() => _input.Close();

        /// <summary>The next answer: the content, or null with <paramref name="missing"/> or <paramref name="tooLarge"/> set.</summary>
        public byte[]? ReadNext(out bool missing, out bool tooLarge)
        {
            missing = false;
            tooLarge = false;
            string header = ReadLine() ?? throw new IOException("git cat-file ended early");
            string[] parts = header.Split(' ');
            if (parts.Length < 3 || !long.TryParse(parts[2], out long size))
            {
                missing = true; // "<name> missing" or "<name> ambiguous"
                return null;
            }

            byte[]? content = null;
            if (size <= _maxBytes)
            {
                content = new byte[size];
                ReadExactly(content, content.Length);
            }
            else
            {
                tooLarge = true;
                for (long left = size; left > 0;) left -= ReadExactly(_skip, (int)Math.Min(_skip.Length, left));
            }

            _output.ReadByte(); // the newline after each content
            return content;
        }

        private int ReadExactly(byte[] buffer, int count)
        {
            int total = 0;
            while (total < count)
            {
                int read = _output.Read(buffer, total, count - total);
                if (read == 0) throw new IOException("git cat-file ended early");
                total += read;
            }

            return total;
        }

        private string? ReadLine()
        {
            var line = new StringBuilder();
            int b;
            while ((b = _output.ReadByte()) >= 0)
            {
                if (b == '\n') return line.ToString();
                line.Append((char)b);
            }

            return line.Length > 0 ? line.ToString() : null;
        }

        public void Dispose()
        {
            try { _input.Dispose(); } catch (IOException) { /* git already exited: nothing left to tell it */ }
            if (!_process.WaitForExit(5000)) _process.Kill();
            _process.Dispose();
        }
    }
}
