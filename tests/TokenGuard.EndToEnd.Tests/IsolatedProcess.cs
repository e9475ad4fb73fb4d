using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Runs a child process (dotnet, or an installed tool) as a user would: without this test host's MSBuild
    /// state or CI=true, with a package cache of this test run, so the freshly packed packages are restored.
    /// </summary>
    public static class IsolatedProcess
    {
        public static readonly string PackageCache = Path.Combine(Path.GetTempPath(), "tokenguard-e2e-cache", Guid.NewGuid().ToString("N"));

        public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            Isolate(start.Environment);
            using Process process = Process.Start(start)!;
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(" ", start.ArgumentList)} did not finish in {timeout}:\n{output}");
            }

            return (process.ExitCode, output + error.Result);
        }

        private static void Isolate(IDictionary<string, string?> environment)
        {
            foreach (string key in environment.Keys.ToList())
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key == "CI" || key == "ContinuousIntegrationBuild" || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                {
                    environment.Remove(key);
                }
            }

            environment["NUGET_PACKAGES"] = PackageCache;
            environment["MSBUILDDISABLENODEREUSE"] = "1";
            environment["UseSharedCompilation"] = "false";
            environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        }
    }
}
