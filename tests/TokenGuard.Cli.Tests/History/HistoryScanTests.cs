using System.IO;
using System.Linq;
using System.Text.Json;
using TokenGuard.Cli.History;

namespace TokenGuard.Tests.History
{
    public class HistoryScanTests
    {
        private static JsonElement[] Json(string output) => JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();

        [Fact]
        public void A_token_deleted_in_a_later_commit_is_found_with_its_commit_author_date_path_and_line()
        {
            using var repository = new GitTestRepository();
            string token = TestTokens.GitHubClassic(seed: 41);
            repository.Write("src/Client.cs", "class Client\n{\n    const string Token = \"" + token + "\";\n}\n");
            string planted = repository.Commit("add client", date: "2023-05-17T08:30:00+02:00");
            repository.Write("src/Client.cs", "class Client\n{\n}\n");
            repository.Commit("remove the token");

            var tree = repository.Scan(new ScanRequest { Path = repository.Path });
            var (exit, output, errors) = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "json" });

            Assert.Equal(0, tree.ExitCode); // today's tree is clean: only history holds it
            Assert.Equal(1, exit);
            JsonElement finding = Assert.Single(Json(output));
            Assert.Equal("src/Client.cs", finding.GetProperty("file").GetString());
            Assert.Equal(3, finding.GetProperty("line").GetInt32());
            Assert.Equal(planted, finding.GetProperty("commit").GetString());
            Assert.Equal("2023-05-17T08:30:00+02:00", finding.GetProperty("authorDate").GetString());
            Assert.Equal("github-classic", finding.GetProperty("rule").GetString());
            Assert.DoesNotContain(token, output + errors);
        }

        [Fact]
        public void Text_and_sarif_name_the_commit_and_a_token_kept_over_many_versions_is_reported_once()
        {
            using var repository = new GitTestRepository();
            string token = TestTokens.StripeSecret(seed: 42);
            repository.Write("deploy.env", "STRIPE=" + token + "\n");
            string planted = repository.Commit("one");
            for (int i = 0; i < 3; i++)
            {
                repository.Write("deploy.env", "STRIPE=" + token + "\nREVISION=" + i + "\n");
                repository.Commit("edit " + i);
            }

            var text = repository.Scan(new ScanRequest { Path = repository.Path, History = true });
            var sarif = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "sarif" });

            Assert.Equal(1, text.ExitCode);
            Assert.Single(text.Output.Split('\n'), line => line.Contains("error TG0001"));
            Assert.Contains($"deploy.env(1,8): error TG0001: ", text.Output);
            Assert.Contains($"in commit {planted.Substring(0, 12)} (2024-03-01)", text.Output);
            Assert.Contains("4 distinct blob(s) of history", text.Output);
            JsonElement result = Assert.Single(JsonDocument.Parse(sarif.Output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
            Assert.Contains(planted.Substring(0, 12), result.GetProperty("message").GetProperty("text").GetString());
            Assert.DoesNotContain(token, text.Output + sarif.Output);
        }

        [Fact]
        public void Since_and_branches_choose_the_commits_read()
        {
            using var repository = new GitTestRepository();
            repository.Write("old.env", "KEY=" + TestTokens.StripeSecret(seed: 43) + "\n");
            string old = repository.Commit("old", date: "2020-01-01T00:00:00+00:00");
            repository.Write("new.env", "KEY=" + TestTokens.Slack(seed: 44) + "\n");
            repository.Commit("new", date: "2024-01-01T00:00:00+00:00");
            repository.Git("checkout", "-q", "-b", "side");
            repository.Write("side.env", "KEY=" + TestTokens.StripeSecret(seed: 45) + "\n");
            repository.Commit("side");
            repository.Git("checkout", "-q", "main");

            string[] Files(ScanRequest request) => Json(repository.Scan(request).Output).Select(f => f.GetProperty("file").GetString()!).OrderBy(f => f).ToArray();

            Assert.Equal(new[] { "new.env", "old.env", "side.env" }, Files(new ScanRequest { Path = repository.Path, History = true, Format = "json" }));
            Assert.Equal(new[] { "new.env", "old.env" }, Files(new ScanRequest { Path = repository.Path, History = true, Format = "json", Branches = new[] { "main" } }));
            Assert.Equal(new[] { "new.env", "side.env" }, Files(new ScanRequest { Path = repository.Path, History = true, Format = "json", Since = old }));
            Assert.Equal(new[] { "new.env" }, Files(new ScanRequest { Path = repository.Path, History = true, Format = "json", Since = old, Branches = new[] { "main" } }));
            Assert.Equal(new[] { "side.env" }, Files(new ScanRequest { Path = repository.Path, History = true, Format = "json", Branches = new[] { "side" }, Since = "main" }));
        }

        [Fact]
        public void An_unknown_ref_or_an_option_like_one_is_unusable_input_and_not_a_git_repository_too()
        {
            using var repository = new GitTestRepository();
            repository.Write("a.txt", "a\n");
            repository.Commit("a");
            using var plain = new TempDirectory();

            var unknown = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Branches = new[] { "no-such-branch" } });
            var option = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Branches = new[] { "--output=/tmp/x" } });
            var notGit = repository.Scan(new ScanRequest { Path = plain.Path, History = true });

            Assert.Equal(2, unknown.ExitCode);
            Assert.Contains("'no-such-branch' is not a branch, tag or commit", unknown.Errors);
            Assert.Equal(2, option.ExitCode);
            Assert.Equal(2, notGit.ExitCode);
            Assert.Contains("--history needs a git work tree", notGit.Errors);
        }

        [Fact]
        public void A_secret_added_to_an_existing_file_later_is_found_even_on_the_line_after_its_name()
        {
            using var repository = new GitTestRepository();
            repository.Write("src/Settings.cs", "class Settings\n{\n    const string Name = \"service\";\n}\n");
            repository.Commit("settings");
            string token = TestTokens.GitHubClassic(seed: 46);
            repository.Write("src/Settings.cs", "class Settings\n{\n    const string Name = \"service\";\n    const string Password =\n        \"Tr0ub4dor&3-horse-battery\";\n    const string Token = \"" + token + "\";\n}\n");
            string added = repository.Commit("secrets");

            var (exit, output, _) = repository.Scan(new ScanRequest { Path = repository.Path, History = true, Format = "json" });

            Assert.Equal(1, exit);
            JsonElement[] findings = Json(output);
            Assert.Contains(findings, f => f.GetProperty("line").GetInt32() == 6 && f.GetProperty("rule").GetString() == "github-classic" && f.GetProperty("commit").GetString() == added);
            Assert.Contains(findings, f => f.GetProperty("line").GetInt32() == 5 && f.GetProperty("rule").GetString() == "generic-secret");
        }

        [Fact]
        public void Shallow_clone_submodule_missing_object_and_lfs_pointer_are_warnings_not_failures()
        {
            using var origin = new GitTestRepository();
            origin.Write("a.env", "KEY=" + TestTokens.StripeSecret(seed: 47) + "\n");
            origin.Commit("one");
            origin.Write("b.txt", "b\n");
            origin.Write("assets/logo.png", BlobStream.LfsPointerStart + "\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n");
            origin.Commit("two");
            origin.Git("update-index", "--add", "--cacheinfo", "160000," + origin.Git("rev-parse", "HEAD").Trim() + ",vendor/lib");
            origin.Git("-c", "core.hooksPath=/dev/null", "commit", "-q", "-m", "submodule");

            using var clone = new TempDirectory();
            string shallow = Path.Combine(clone.Path, "shallow");
            origin.Git("clone", "-q", "--depth", "1", "file://" + origin.Path, shallow);
            var shallowScan = origin.Scan(new ScanRequest { Path = shallow, History = true });
            var full = origin.Scan(new ScanRequest { Path = origin.Path, History = true });

            Assert.Equal(1, shallowScan.ExitCode); // the boundary commit holds the whole tree, token included
            Assert.Contains(".: warning: shallow clone", shallowScan.Errors);
            Assert.Equal(1, full.ExitCode);
            Assert.Contains("vendor/lib: warning: submodule (gitlink to ", full.Errors);
            Assert.Contains("assets/logo.png: warning: Git LFS pointer in commit ", full.Errors);
            Assert.DoesNotContain(".: warning: shallow clone", full.Errors);

            // A blob deleted from the object store (a damaged or partial clone): a warning naming it, the rest still scanned.
            string blob = origin.Git("rev-parse", "HEAD:b.txt").Trim();
            File.Delete(Path.Combine(origin.Path, ".git", "objects", blob.Substring(0, 2), blob.Substring(2)));
            var damaged = origin.Scan(new ScanRequest { Path = origin.Path, History = true });
            Assert.Equal(1, damaged.ExitCode);
            Assert.Contains($"b.txt: warning: blob {blob} is missing", damaged.Errors);
        }
    }
}
