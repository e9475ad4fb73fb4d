using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    public class StagedScanTests
    {
        [Fact]
        public void Only_what_the_index_would_commit_is_scanned_not_unstaged_edits_nor_untracked_files()
        {
            using var repository = new GitTestRepository();
            repository.Write("README.md", "hello\n");
            repository.Commit("first");
            string staged = TestTokens.StripeSecret(seed: 51);
            string unstaged = TestTokens.GitHubClassic(seed: 52);
            repository.Write("config/.env", "STRIPE=" + staged + "\n");
            repository.Git("add", "config/.env");
            repository.Write("src/Late.cs", "class Late { const string T = \"" + unstaged + "\"; }\n"); // untracked
            repository.Write("README.md", "hello " + unstaged + "\n"); // tracked, edited, not staged

            var (exit, output, errors) = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true, Format = "json" });

            Assert.Equal(1, exit);
            JsonElement finding = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
            Assert.Equal("config/.env", finding.GetProperty("file").GetString());
            Assert.False(finding.TryGetProperty("commit", out _));
            Assert.DoesNotContain(staged, output + errors);
        }

        [Fact]
        public void A_token_removed_from_the_index_but_left_in_the_working_tree_passes_and_the_first_commit_works()
        {
            using var repository = new GitTestRepository();
            string token = TestTokens.Slack(seed: 53);
            repository.Write("notes.txt", "clean\n");
            repository.Git("add", "notes.txt");

            var beforeFirstCommit = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true });
            repository.Write("notes.txt", "slack " + token + "\n"); // the working tree has it; the index does not
            var unstagedOnly = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true });
            repository.Git("add", "notes.txt");
            var stagedNow = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true });

            Assert.Equal(0, beforeFirstCommit.ExitCode);
            Assert.Contains("1 staged file(s)", beforeFirstCommit.Output);
            Assert.Equal(0, unstagedOnly.ExitCode);
            Assert.Equal(1, stagedNow.ExitCode);
            Assert.Contains("notes.txt(1,7): error TG0001", stagedNow.Output);
        }

        [Fact]
        public void A_staged_deletion_is_not_scanned()
        {
            using var repository = new GitTestRepository();
            repository.Write("old.env", "KEY=" + TestTokens.StripeSecret(seed: 54) + "\n");
            repository.Commit("leak");
            repository.Git("rm", "-q", "old.env");

            var (exit, output, _) = repository.Scan(new ScanRequest { Path = repository.Path, Staged = true });

            Assert.Equal(0, exit);
            Assert.Contains("0 staged file(s)", output);
        }
    }
}
