using System;
using System.Diagnostics;
using System.IO;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Debian's Chromium, headless, as test.sh installs it (or CHROMIUM_PATH). Flags keep it off the network,
    /// which this machine does not have, and in a throwaway profile.
    /// </summary>
    internal static class HeadlessChromium
    {
        public static string Executable()
        {
            string? configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            foreach (string? candidate in new[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
            {
                if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate)) return candidate!;
            }

            throw new InvalidOperationException("Chromium not found: ./test.sh installs Debian's chromium package; elsewhere set CHROMIUM_PATH.");
        }

        /// <summary>The page's DOM after its scripts ran (<c>--dump-dom</c>).</summary>
        public static string DumpDom(string htmlFile, string profileDirectory)
        {
            var start = new ProcessStartInfo(Executable())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profileDirectory, "--dump-dom", new Uri(htmlFile).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            string dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 2 minutes");
            }

            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {errors.Result}");
            return dom;
        }
    }
}
