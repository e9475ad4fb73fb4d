using System;
using System.IO;
using TokenGuard.Cli;

namespace TokenGuard.Tests.Adversarial
{
    /// <summary><c>init</c> reads the tree as <c>scan</c> does: a FIFO, a huge file or a UTF-16 file is no hang, crash or miss.</summary>
    public class InitInputTests
    {
        [Fact]
        public void Init_skips_a_fifo_and_a_huge_file_and_reads_a_utf16_source()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            ScanInputTests.Run(directory.Path, "mkfifo", Path.Combine(directory.Path, "appsettings.json"));
            directory.Write("Huge.cs", "var a = System.Environment.GetEnvironmentVariable(\"HUGE_API_KEY\");\n" + new string('/', 2 * 1024 * 1024));
            File.WriteAllText(Path.Combine(directory.Path, "Wide.cs"), "var b = System.Environment.GetEnvironmentVariable(\"WIDE_API_KEY\");\n", System.Text.Encoding.Unicode);
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = Planting.Bounded(() => InitCommand.Run(directory.Path, force: false, output, errors), "init over a FIFO");

            Assert.Equal(ExitCodes.Clean, exit);
            string manifest = File.ReadAllText(Path.Combine(directory.Path, "tokens.yaml"));
            Assert.Contains("WIDE_API_KEY", manifest);
            Assert.DoesNotContain("HUGE_API_KEY", manifest);
            Assert.Contains("appsettings.json: warning: skipped, not a regular file", errors.ToString());
        }
    }
}
