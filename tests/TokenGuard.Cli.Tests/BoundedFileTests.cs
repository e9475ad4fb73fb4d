using System;
using System.IO;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>Bounded reads into a buffer kept from one file to the next: every byte up to the limit, and "too large" past it.</summary>
    public class BoundedFileTests : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "tg-bounded-" + Guid.NewGuid().ToString("N"));

        public BoundedFileTests() => Directory.CreateDirectory(_directory);

        public void Dispose() => Directory.Delete(_directory, recursive: true);

        [Fact]
        public void Files_of_every_size_around_the_buffer_and_the_limit_read_whole_or_as_too_large()
        {
            const int Limit = 200_000;
            var random = new Random(11);
            byte[]? buffer = null;
            // Growing and shrinking sizes: the kept buffer is larger than some files, smaller than others.
            foreach (int size in new[] { 0, 1, 4095, 65535, 65536, 65537, 131072, 3, Limit - 1, Limit, Limit + 1, 500_000, 10, 65536 })
            {
                byte[] content = new byte[size];
                random.NextBytes(content);
                string path = Path.Combine(_directory, size + ".bin");
                File.WriteAllBytes(path, content);

                int read = BoundedFile.Read(path, Limit, ref buffer);

                if (size > Limit)
                {
                    Assert.True(read > Limit, $"{size} bytes read as {read}");
                    Assert.Equal(content.AsSpan(0, Limit + 1).ToArray(), buffer!.AsSpan(0, Limit + 1).ToArray());
                }
                else
                {
                    Assert.Equal(size, read);
                    Assert.Equal(content, buffer!.AsSpan(0, read).ToArray());
                }

                Assert.Equal(Math.Min(size, Limit + 1), BoundedFile.Read(path, Limit).Length);
            }
        }

        [Fact]
        public void A_missing_file_is_an_IO_exception()
        {
            byte[]? buffer = null;
            Assert.ThrowsAny<IOException>(() => BoundedFile.Read(Path.Combine(_directory, "missing"), 10, ref buffer));
        }

        [Fact]
        public void A_directory_cannot_be_read()
        {
            byte[]? buffer = null;
            Exception ex = Assert.ThrowsAny<Exception>(() => BoundedFile.Read(_directory, 10, ref buffer));
            Assert.True(ex is IOException || ex is UnauthorizedAccessException, ex.GetType().Name);
        }
    }
}
