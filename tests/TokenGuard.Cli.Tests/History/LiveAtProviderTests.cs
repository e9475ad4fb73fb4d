using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    public class LiveAtProviderTests
    {
        [Fact]
        public void Found_tokens_listed_active_in_an_export_are_live_with_their_owner_and_inactive_ones_say_so()
        {
            using var repository = new GitTestRepository();
            string activeKey = TestTokens.AwsAccessKeyId(seed: 71);
            string inactiveKey = TestTokens.AwsAccessKeyId(seed: 72);
            string github = TestTokens.GitHubClassic(seed: 73);
            string unknown = TestTokens.GitHubClassic(seed: 74);
            repository.Write("deploy/aws.env", "AWS_ACCESS_KEY_ID=" + activeKey + "\nOLD_AWS_ACCESS_KEY_ID=" + inactiveKey + "\n");
            repository.Write("tools/gh.env", "GH_TOKEN=" + github + "\nOTHER_GH_TOKEN=" + unknown + "\n");
            repository.Commit("leaks");
            repository.Delete("deploy/aws.env");
            repository.Delete("tools/gh.env");
            repository.Commit("cleanup");

            using var exports = new TempDirectory();
            string aws = exports.Write("list-access-keys.json", JsonSerializer.Serialize(new
            {
                AccessKeyMetadata = new[]
                {
                    new { UserName = "svc-deploy", AccessKeyId = activeKey, Status = "Active", CreateDate = "2024-01-02T03:04:05+00:00" },
                    new { UserName = "svc-legacy", AccessKeyId = inactiveKey, Status = "Inactive", CreateDate = "2022-01-02T03:04:05+00:00" },
                },
            }));
            string gh = exports.Write("credential-authorizations.json", JsonSerializer.Serialize(new[]
            {
                new { login = "octo-admin", credential_id = 5150, credential_type = "personal access token", token_last_eight = github.Substring(github.Length - 8), credential_authorized_at = "2024-02-01T00:00:00Z" },
            }));

            var request = new ScanRequest { Path = repository.Path, History = true, Format = "json", Exports = new ScanExports { Aws = new[] { aws }, GitHub = new[] { gh } } };
            var (exit, output, errors) = repository.Scan(request);
            var text = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Exports = request.Exports });

            Assert.Equal(1, exit);
            JsonElement[] findings = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
            JsonElement Live(string file, int line) => findings.Single(f => f.GetProperty("file").GetString() == file && f.GetProperty("line").GetInt32() == line).GetProperty("live");
            Assert.True(Live("deploy/aws.env", 1).GetProperty("active").GetBoolean());
            Assert.Equal("svc-deploy", Live("deploy/aws.env", 1).GetProperty("owner").GetString());
            Assert.False(Live("deploy/aws.env", 2).GetProperty("active").GetBoolean());
            Assert.Equal("octo-admin", Live("tools/gh.env", 1).GetProperty("owner").GetString());
            Assert.False(findings.Single(f => f.GetProperty("file").GetString() == "tools/gh.env" && f.GetProperty("line").GetInt32() == 2).TryGetProperty("live", out _));
            Assert.Contains("live at the provider (aws", text.Output);
            Assert.Contains("listed at the provider as inactive or revoked (aws", text.Output);
            Assert.Contains("(2 live at the provider)", text.Output);
            foreach (string secret in new[] { github, unknown }) Assert.DoesNotContain(secret, output + errors + text.Output + text.Errors);
        }

        [Fact]
        public void The_working_tree_scan_reads_the_same_exports_and_a_bad_export_is_unusable_input()
        {
            using var repository = new GitTestRepository();
            string key = TestTokens.AwsAccessKeyId(seed: 75);
            repository.Write("aws.env", "AWS_ACCESS_KEY_ID=" + key + "\n");
            using var exports = new TempDirectory();
            string aws = exports.Write("keys.json", "{\"AccessKeyMetadata\":[{\"UserName\":\"ci-bot\",\"AccessKeyId\":\"" + key + "\",\"Status\":\"Active\",\"CreateDate\":\"2024-01-02T03:04:05+00:00\"}]}");
            string broken = exports.Write("broken.json", "{ not json");

            var tree = repository.Scan(new ScanRequest { Path = repository.Path, Exports = new ScanExports { Aws = new[] { aws } } });
            var bad = repository.Scan(new ScanRequest { Path = repository.Path, Exports = new ScanExports { Aws = new[] { broken } } });

            Assert.Equal(1, tree.ExitCode);
            Assert.Contains("aws.env(1,19): error TG0001", tree.Output);
            Assert.Contains("live at the provider (aws", tree.Output);
            Assert.Contains("owner ci-bot", tree.Output);
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains("broken.json", bad.Errors);
        }
    }
}
