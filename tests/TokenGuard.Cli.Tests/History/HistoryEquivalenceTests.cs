using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    /// <summary>
    /// The history scan's shortcuts (the change gate, the rules' prechecks) must lose nothing: on a repository of several
    /// commits, its findings are exactly what scanning every commit's whole tree finds, each at the oldest commit with it.
    /// </summary>
    public class HistoryEquivalenceTests
    {
        [Fact]
        public void History_finds_what_a_full_scan_of_every_commit_finds_each_at_its_oldest_commit()
        {
            using var repository = new GitTestRepository();
            var commits = new List<string>();
            repository.Write("src/Client.cs", "class Client\n{\n    const string Name = \"client\";\n}\n");
            repository.Write("docs/setup.md", "# Setup\nRun the service.\n");
            repository.Write("appsettings.json", "{ \"Logging\": { \"Level\": \"Information\" } }\n");
            commits.Add(repository.Commit("start"));

            // Tokens added to existing files, on lines next to unchanged ones, in C#, markdown and settings.
            repository.Write("src/Client.cs", "class Client\n{\n    const string Name = \"client\";\n    const string Token = \"" + TestTokens.GitHubClassic(seed: 61) + "\";\n}\n");
            repository.Write("docs/setup.md", "# Setup\nRun the service.\nUse the pat " + TestTokens.AzureDevOpsLegacyPat(seed: 62) + " for the feed.\n");
            commits.Add(repository.Commit("tokens"));

            repository.Write("deploy/values.yaml", "database: postgres://app:" + TestTokens.Random(TestTokens.Alphanumeric, 18, 63) + "@db.internal:5432/shop\n");
            repository.Write("appsettings.json", "{ \"Logging\": { \"Level\": \"Information\" }, \"Stripe\": { \"ApiKey\": \"" + TestTokens.StripeSecret(seed: 64) + "\" } }\n");
            commits.Add(repository.Commit("more"));

            // Moved and edited in one commit, a second token in the moved file; the URL credential deleted.
            repository.Delete("src/Client.cs");
            repository.Write("src/Api/Client.cs", "class Client\n{\n    const string Name = \"client\";\n    const string Token = \"" + TestTokens.GitHubClassic(seed: 61) + "\";\n    const string Aws = \"" + TestTokens.AwsAccessKeyId(seed: 65) + "\";\n}\n");
            repository.Delete("deploy/values.yaml");
            commits.Add(repository.Commit("move"));

            repository.Write("docs/setup.md", "# Setup\nRun the service.\n");
            repository.Write("scripts/run.sh", "export SLACK=" + TestTokens.Slack(seed: 66) + "\n");
            commits.Add(repository.Commit("clean up"));

            var (exit, output, _) = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "json" });
            Assert.Equal(1, exit);
            var history = JsonDocument.Parse(output).RootElement.EnumerateArray()
                .ToDictionary(f => (f.GetProperty("fingerprint").GetString()!, f.GetProperty("file").GetString()!), f => f.GetProperty("commit").GetString()!);

            // Expected: every commit's tree scanned whole, oldest first; a (token, path) belongs to the first commit with it.
            var expected = new Dictionary<(string, string), string>();
            foreach (string commit in commits)
            {
                foreach (var key in TreeSecrets(repository, commit))
                {
                    if (!expected.ContainsKey(key)) expected[key] = commit;
                }
            }

            Assert.True(expected.Count >= 6, $"the repository should hold at least six (token, path) pairs, found {expected.Count}");
            Assert.Equal(expected.OrderBy(e => e.Key).ToList(), history.OrderBy(e => e.Key).ToList());
        }

        private static IEnumerable<(string Fingerprint, string File)> TreeSecrets(GitTestRepository repository, string commit)
        {
            using var tree = new TempDirectory();
            using (Process archive = Process.Start(new ProcessStartInfo("sh", $"-c \"git archive {commit} | tar -x -C '{tree.Path}'\"") { WorkingDirectory = repository.Path, UseShellExecute = false })!)
            {
                archive.WaitForExit();
                Assert.Equal(0, archive.ExitCode);
            }

            var output = new StringWriter();
            TokenGuard.Cli.ScanCommand.Run(new ScanRequest { Path = tree.Path, Format = "json" }, output, new StringWriter());
            return JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray()
                .Where(f => f.TryGetProperty("fingerprint", out _))
                .Select(f => (f.GetProperty("fingerprint").GetString()!, f.GetProperty("file").GetString()!))
                .ToList();
        }
    }
}
