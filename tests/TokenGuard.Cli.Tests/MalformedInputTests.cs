using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TokenGuard.Cli.Audit;
using TokenGuard.Cli.Inventory;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Malformed and hostile inputs to <c>audit</c> and <c>inventory merge</c> (issue 13): every one is a
    /// <c>file(line): error</c>, exit code 2, no exception, nothing written, and no message repeats an input value raw.
    /// </summary>
    public sealed class MalformedInputTests : IDisposable
    {
        private static readonly DateTime SampleDay = new DateTime(2025, 11, 1);

        private readonly ProviderSamples _samples = new ProviderSamples();
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose()
        {
            _samples.Dispose();
            _directory.Dispose();
        }

        // ---- inventories ----------------------------------------------------------------------------------

        private static string InventoryWith(string schemaVersion = "1", string tokens = "[\n    { \"id\": \"a\", \"owner\": \"team:x\" }\n  ]") =>
            "{\n  \"schemaVersion\": " + schemaVersion + ",\n  \"tool\": \"TokenGuard\",\n  \"tokens\": " + tokens + "\n}\n";

        public static IEnumerable<object[]> MalformedInventories()
        {
            yield return Case("schemaVersion too large for an int", InventoryWith("99999999999"));
            yield return Case("schemaVersion 1.0", InventoryWith("1.0"));
            yield return Case("schemaVersion as a string", InventoryWith("\"1\""));
            yield return Case("negative schemaVersion", InventoryWith("-1"));
            yield return Case("schemaVersion beyond double", InventoryWith("1e400"));
            yield return new object[] { "invalid UTF-8 in a string", Splice(InventoryWith(), "\"team:", new byte[] { 0xFF, 0xFE }) };
            yield return Case("lone surrogate escape in a value", InventoryWith(tokens: "[\n    { \"id\": \"a\\ud800\" }\n  ]"));
            yield return Case("lone surrogate escape in a field name", InventoryWith(tokens: "[\n    { \"\\udc00id\": \"a\" }\n  ]"));
            yield return Case("truncated", InventoryWith().Substring(0, 60));
            yield return Case("10,000-deep arrays", new string('[', 10_000) + new string(']', 10_000));
            yield return Case("10,000-deep objects inside a token", InventoryWith(tokens: "[ { \"provider\": " + Deep("{\"a\":", "}", 10_000) + " } ]"));
            yield return Case("a number where a string is expected", InventoryWith(tokens: "[\n    { \"id\": 5 }\n  ]"));
            yield return Case("an object where an array is expected", InventoryWith(tokens: "{ \"id\": \"a\" }"));
            yield return Case("an object where a list of strings is expected", InventoryWith(tokens: "[\n    { \"scope\": { \"a\": 1 } }\n  ]"));
            yield return new object[] { "a UTF-16 file", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(InventoryWith())).ToArray() };
        }

        [Theory]
        [MemberData(nameof(MalformedInventories))]
        public void A_malformed_inventory_is_an_error_with_its_line_for_merge_and_audit_and_nothing_is_written(string name, byte[] content)
        {
            string path = Path.Combine(_directory.Path, "in", "tokenguard-inventory.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            string central = Path.Combine(_directory.Path, "out", "central.json");

            var (exit, output, errors) = Merge(new[] { path }, central);

            AssertInputError(name, path, exit, errors);
            Assert.Equal("", output);
            Assert.False(File.Exists(central), "merge wrote its output");
            Assert.Empty(Directory.Exists(Path.GetDirectoryName(central)) ? Directory.GetFiles(Path.GetDirectoryName(central)!) : Array.Empty<string>());

            AuditInputs inputs = WithExports();
            inputs.Inventory = path;
            var (auditExit, auditOutput, auditErrors) = Audit(inputs);
            AssertInputError(name, path, auditExit, auditErrors);
            Assert.Equal("", auditOutput);
            Assert.False(File.Exists(inputs.Html), "audit wrote its HTML report");
        }

        /// <summary>The real process: what a user sees, crash handler and all (a stack trace would show here).</summary>
        [Fact]
        public void The_tokenguard_process_exits_2_with_one_error_line_not_a_crash_report()
        {
            string path = _directory.Write("tokenguard-inventory.json", InventoryWith("99999999999"));
            string central = Path.Combine(_directory.Path, "central.json");

            var (merge, mergeErrors) = Tokenguard("inventory", "merge", path, "-o", central);
            var (audit, auditErrors) = Tokenguard("audit", "--inventory", path, "--gitlab", _samples["gitlab-personal-access-tokens.json"]);

            Assert.Equal(2, merge);
            Assert.Equal(2, audit);
            foreach (string errors in new[] { mergeErrors, auditErrors })
            {
                Assert.StartsWith(path + "(2): error: schemaVersion 1 expected", errors);
                Assert.DoesNotContain("internal error", errors);
                Assert.DoesNotContain("   at ", errors);
            }

            Assert.False(File.Exists(central));
        }

        private static (int Exit, string Errors) Tokenguard(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(Cli.Program).Assembly.Location);
            foreach (string arg in args) start.ArgumentList.Add(arg);
            using Process process = Process.Start(start)!;
            Task<string> errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("tokenguard did not finish within a minute");
            }

            return (process.ExitCode, errors.Result);
        }

        [Fact]
        public void A_UTF8_byte_order_mark_is_accepted()
        {
            string path = Path.Combine(_directory.Path, "tokenguard-inventory.json");
            File.WriteAllBytes(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(InventoryWith())).ToArray());

            var (exit, _, errors) = Merge(new[] { path }, Path.Combine(_directory.Path, "central.json"));

            Assert.True(exit == 0, errors);
        }

        // ---- provider exports -----------------------------------------------------------------------------

        /// <summary>Each JSON export kind: the flag it goes to, a field that must be a string, and an export with an object where a list belongs.</summary>
        private static readonly (string File, string Flag, string StringField, string ObjectForArray)[] JsonExportKinds =
        {
            ("github-org-pat-grants.json", "github", "token_name", "{ \"items\": [] }"),
            ("github-org-credential-authorizations.json", "github", "login", "[\n  { \"credential_id\": 1, \"login\": \"a\", \"scopes\": { \"repo\": true } }\n]"),
            ("github-repo-deploy-keys.json", "github", "title", "{ \"keys\": [] }"),
            ("aws-list-access-keys.json", "aws", "UserName", "{ \"AccessKeyMetadata\": { \"UserName\": \"a\" } }"),
            ("aws-get-access-key-last-used.json", "aws", "UserName", "{ \"UserName\": \"a\", \"AccessKeyLastUsed\": [] }"),
            ("ado-pats-list.json", "ado", "displayName", "{ \"patTokens\": { \"authorizationId\": \"a\" } }"),
            ("ado-tokenadmin-personalaccesstokens.json", "ado", "displayName", "{ \"value\": {} }"),
            ("gitlab-personal-access-tokens.json", "gitlab", "name", "{ \"id\": 1, \"name\": \"a\" }"),
            ("gitlab-project-access-tokens.json", "gitlab", "name", "[\n  { \"id\": 1, \"name\": \"a\", \"scopes\": {} }\n]"),
        };

        public static IEnumerable<object[]> MalformedExports()
        {
            foreach (var kind in JsonExportKinds)
            {
                string sample = ProviderSamples.Restore(File.ReadAllText(Path.Combine(ProviderSamples.FixturesFolder, kind.File)));
                int firstValue = sample.IndexOf("\": \"", StringComparison.Ordinal) + 4;
                yield return new object[] { kind.File, kind.Flag, "invalid UTF-8", Splice(sample, firstValue, new byte[] { 0xC3, 0x28 }) };
                yield return new object[] { kind.File, kind.Flag, "lone surrogate", Splice(sample, firstValue, Encoding.ASCII.GetBytes("\\ud800")) };
                yield return new object[] { kind.File, kind.Flag, "truncated", Encoding.UTF8.GetBytes(sample.Substring(0, sample.Length / 2)) };
                yield return new object[] { kind.File, kind.Flag, "10,000-deep", Encoding.UTF8.GetBytes(Deep("[", "]", 10_000)) };
                yield return new object[] { kind.File, kind.Flag, "10,000-deep in a record", Encoding.UTF8.GetBytes(Regex.Replace(sample, "(\"" + kind.StringField + "\"\\s*:\\s*)\"[^\"]*\"", m => m.Groups[1].Value + Deep("{\"a\":", "}", 10_000), RegexOptions.None, TimeSpan.FromSeconds(5))) };
                yield return new object[] { kind.File, kind.Flag, "number for a string", Encoding.UTF8.GetBytes(Regex.Replace(sample, "(\"" + kind.StringField + "\"\\s*:\\s*)\"[^\"]*\"", "${1}5")) };
                yield return new object[] { kind.File, kind.Flag, "object for an array", Encoding.UTF8.GetBytes(kind.ObjectForArray) };
                yield return new object[] { kind.File, kind.Flag, "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(sample)).ToArray() };
            }
        }

        [Theory]
        [MemberData(nameof(MalformedExports))]
        public void A_malformed_export_of_each_kind_is_an_error_with_its_line_and_no_report(string file, string flag, string name, byte[] content)
        {
            string path = Path.Combine(_directory.Path, "exports", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);

            var (exit, output, errors) = Audit(WithExport(flag, path));

            AssertInputError(file + " " + name, path, exit, errors);
            Assert.Contains("no audit report", errors);
            Assert.Equal("", output);
        }

        // ---- CSV and YAML: credential report and owners file ----------------------------------------------

        private static string ReportHeader => File.ReadLines(Path.Combine(ProviderSamples.FixturesFolder, "aws-credential-report.csv")).First();

        public static IEnumerable<object[]> MalformedCsv()
        {
            string row = "alice,arn:aws:iam::1:user/alice,2019-04-01T09:00:00+00:00,false,N/A,N/A,N/A,false,true,2025-06-03T11:42:17+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";
            foreach (string file in new[] { "aws-credential-report.csv", "owners.csv" })
            {
                string header = file == "owners.csv" ? "principal,status" : ReportHeader;
                string good = file == "owners.csv" ? "team:platform,active" : row;
                string broken = file == "owners.csv" ? "\"team:platform,active" : "\"alice" + row.Substring(5);
                yield return new object[] { file, "unbalanced quote", Encoding.UTF8.GetBytes(header + "\n" + good + "\n" + broken + "\n"), 3 };
                yield return new object[] { file, "NUL bytes", Encoding.UTF8.GetBytes(header + "\n" + good + "\n" + good.Replace("a", "a\0") + "\n"), 3 };
                yield return new object[] { file, "invalid UTF-8", Splice(header + "\n" + good + "\n" + good + "\n", header.Length + good.Length + 2, new byte[] { 0xFF }), 3 };
                yield return new object[] { file, "a huge line", Encoding.UTF8.GetBytes(header + "\n" + good + "\n" + good.Replace("alice", new string('x', 1_000_000)).Replace("team:platform", new string('x', 1_000_000)) + "\n"), 3 };
                yield return new object[] { file, "a quote in the header", Encoding.UTF8.GetBytes("\"" + header + "\n" + good + "\n"), 1 };
            }

            yield return new object[] { "owners.yaml", "20,000-deep nesting", Encoding.UTF8.GetBytes("owners:\n  - principal: " + Deep("[", "]", 20_000) + "\n"), 2 };
            yield return new object[] { "owners.yaml", "20,000-deep block nesting", Encoding.UTF8.GetBytes("owners:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => new string(' ', i % 2) + "- "))), 2 };
            yield return new object[] { "owners.yaml", "invalid UTF-8", Splice("owners:\n  - principal: user:bob\n", "user:", new byte[] { 0xFF }), 2 };
            yield return new object[] { "owners.yaml", "NUL bytes", Encoding.UTF8.GetBytes("owners:\n  - principal: user:\0bob\n"), 2 };
            yield return new object[] { "owners.yaml", "a huge line", Encoding.UTF8.GetBytes("owners:\n  - principal: user:bob\n  - principal: user:" + new string('x', 1_000_000) + "\n"), 3 };
            yield return new object[] { "owners.yaml", "duplicate keys", Encoding.UTF8.GetBytes("owners:\n  - principal: user:bob\nowners:\n  - principal: user:ann\n"), 3 };
        }

        [Theory]
        [MemberData(nameof(MalformedCsv))]
        public void A_malformed_credential_report_or_owners_file_is_an_error_on_its_line(string file, string name, byte[] content, int line)
        {
            string path = Path.Combine(_directory.Path, "in", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            AuditInputs inputs = WithExports();
            if (file.StartsWith("aws", StringComparison.Ordinal)) inputs.Aws = new[] { path };
            else inputs.Owners = new[] { path };

            var (exit, output, errors) = Audit(inputs);

            AssertInputError(file + " " + name, path, exit, errors);
            Assert.Contains($"{path}({line}): error: ", errors);
            Assert.True(errors.Length < 2_000, "the message repeats the huge input: " + errors.Length + " characters");
            Assert.Equal("", output);
        }

        // ---- folders, FIFOs -------------------------------------------------------------------------------

        [Fact]
        public void A_directory_where_a_file_is_expected_is_an_error()
        {
            string folder = Path.Combine(_directory.Path, "folder.json");
            Directory.CreateDirectory(folder);
            AuditInputs inputs = WithExports();
            inputs.Owners = new[] { folder };

            var (exit, output, errors) = Audit(inputs);

            AssertInputError("owners folder", folder, exit, errors);
            Assert.Contains("a directory", errors);
            Assert.Equal("", output);
        }

        [Fact]
        public async Task A_FIFO_where_a_file_is_expected_is_an_error_not_a_hang()
        {
            if (OperatingSystem.IsWindows()) return;
            string fifo = Path.Combine(_directory.Path, "tokenguard-inventory.json");
            using (Process mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            Assert.True(File.Exists(fifo));

            foreach (Func<(int, string, string)> command in new Func<(int, string, string)>[]
            {
                () => Merge(new[] { fifo }, Path.Combine(_directory.Path, "central.json")),
                () => Merge(new[] { _directory.Path }, Path.Combine(_directory.Path, "out", "central.json")),
                () => Audit(new AuditInputs { Inventory = fifo, GitLab = new[] { _samples["gitlab-personal-access-tokens.json"] }, Today = SampleDay }),
                () => Audit(WithExport("github", fifo)),
                () => { AuditInputs inputs = WithExports(); inputs.Owners = new[] { fifo }; return Audit(inputs); },
            })
            {
                Task<(int, string, string)> run = Task.Run(command);
                if (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) != run)
                {
                    using (var unblock = new FileStream(fifo, FileMode.Open, FileAccess.Write)) { } // lets the stuck open() return
                    Assert.Fail("a FIFO input hangs the command");
                }

                var (exit, _, errors) = await run;
                AssertInputError("FIFO", fifo, exit, errors);
                Assert.Contains("not a regular file", errors);
            }
        }

        [Fact]
        public void An_unreadable_folder_given_to_merge_is_an_error_naming_it()
        {
            if (OperatingSystem.IsWindows()) return;
            _directory.Write("repos/a/tokenguard-inventory.json", InventoryWith());
            string locked = Path.Combine(_directory.Path, "repos", "locked");
            Directory.CreateDirectory(locked);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            try
            {
                string central = Path.Combine(_directory.Path, "central.json");
                var (exit, _, errors) = Merge(new[] { Path.Combine(_directory.Path, "repos") }, central);
                var (lockedExit, _, lockedErrors) = Merge(new[] { locked }, central);

                // root reads any folder: then only "no crash" can be checked.
                if (Environment.UserName == "root" || IsRoot()) return;
                AssertInputError("unreadable subfolder", locked, exit, errors);
                AssertInputError("unreadable folder", locked, lockedExit, lockedErrors);
                Assert.False(File.Exists(central));
            }
            finally
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        [Fact]
        public void A_symlink_loop_under_a_merge_folder_ends()
        {
            // A symlinked folder is not followed: before, a loop back up the tree merged one inventory once per path (41 times).
            if (OperatingSystem.IsWindows()) return;
            _directory.Write("repos/a/tokenguard-inventory.json", InventoryWith());
            Directory.CreateSymbolicLink(Path.Combine(_directory.Path, "repos", "a", "loop"), Path.Combine(_directory.Path, "repos"));

            var (exit, output, errors) = Merge(new[] { Path.Combine(_directory.Path, "repos") }, Path.Combine(_directory.Path, "central.json"));

            Assert.True(exit == 0, errors);
            Assert.Contains("1 token(s) from 1 inventory", output);
        }

        [Fact]
        public void An_output_that_cannot_be_written_is_exit_2_and_the_audit_prints_no_report()
        {
            string blocker = _directory.Write("not-a-folder", "a file where a folder is needed");
            string artifact = _directory.Write("a/tokenguard-inventory.json", InventoryWith());

            var (exit, output, errors) = Merge(new[] { artifact }, Path.Combine(blocker, "central.json"));
            Assert.Equal(2, exit);
            Assert.StartsWith("tokenguard: cannot write " + Path.Combine(blocker, "central.json"), errors);
            Assert.Equal("", output);

            AuditInputs inputs = WithExports();
            inputs.Html = Path.Combine(blocker, "audit.html");
            var (auditExit, auditOutput, auditErrors) = Audit(inputs);
            Assert.Equal(2, auditExit);
            Assert.StartsWith("tokenguard: cannot write the HTML report " + inputs.Html, auditErrors);
            Assert.Equal("", auditOutput);
        }

        [Fact]
        public void An_artifact_named_twice_is_merged_once()
        {
            string artifact = _directory.Write("a/tokenguard-inventory.json", InventoryWith());
            string again = Path.Combine(_directory.Path, "a", ".", "tokenguard-inventory.json");

            var (exit, output, errors) = Merge(new[] { artifact, again, Path.Combine(_directory.Path, "a") }, Path.Combine(_directory.Path, "central.json"));

            Assert.True(exit == 0, errors);
            Assert.Contains("1 token(s) from 1 inventory", output);
        }

        [Fact]
        public void The_first_day_of_the_calendar_is_an_audit_date_like_any_other()
        {
            AuditInputs inputs = WithExports();
            inputs.Today = DateTime.MinValue;

            var (exit, _, errors) = Audit(inputs);

            Assert.True(exit == 0 || exit == 1, errors);
        }

        // ---- no input value printed raw -------------------------------------------------------------------

        [Fact]
        public void Messages_redact_a_token_given_as_a_date_or_a_field_name_and_escape_control_characters()
        {
            string token = TestTokens.GitHubClassic(13);
            string report = _directory.Write("aws-credential-report.csv", ReportHeader + "\nalice,arn:aws:iam::1:user/alice,2019-04-01T09:00:00+00:00,false,N/A,N/A,N/A,false,true," + token + ",N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
            string gitlab = _directory.Write("gitlab.json", "[\n  { \"id\": 1, \"name\": \"a\", \"" + token + "\": 1 }\n]\n");
            string grants = _directory.Write("grants.json", "[\n  { \"token_id\": 1, \"token_expires_at\": \"\\u001b[2J " + token + "\" }\n]\n");
            string inventory = _directory.Write("inventory/tokenguard-inventory.json", InventoryWith(tokens: "[\n    { \"" + token + "\\u001b]0;x\\u0007\": \"a\" }\n  ]"));

            var results = new[]
            {
                Audit(WithExport("aws", report)),
                Audit(WithExport("gitlab", gitlab)),
                Audit(WithExport("github", grants)),
                Merge(new[] { inventory }, Path.Combine(_directory.Path, "central.json")),
            };

            foreach (var (exit, output, errors) in results)
            {
                Assert.Equal(2, exit);
                Assert.Contains("): error: ", errors);
                Assert.DoesNotContain(token, errors + output);
                Assert.DoesNotContain(token.Substring(4, 20), errors + output);
                Assert.DoesNotContain("\u001b", errors, StringComparison.Ordinal);
                Assert.DoesNotContain("\u0007", errors, StringComparison.Ordinal);
            }

            Assert.Contains("\\x1b[2J", results[2].Errors);
        }

        [Fact]
        public void Lenient_warnings_and_merge_conflicts_redact_values_too()
        {
            string token = TestTokens.GitHubClassic(14);
            string gitlab = _directory.Write("gitlab.json", "[\n  { \"id\": 7, \"name\": \"a\", \"" + token + "\\u001b\": 1 }\n]\n");
            AuditInputs inputs = WithExport("gitlab", gitlab);
            inputs.Lenient = true;
            var (_, auditOutput, auditErrors) = Audit(inputs);
            Assert.Contains("warning: unknown field", auditErrors);
            Assert.DoesNotContain(token, auditErrors);
            Assert.DoesNotContain("\u001b", auditErrors, StringComparison.Ordinal);

            string a = _directory.Write("a/tokenguard-inventory.json", InventoryWith(tokens: "[ { \"id\": \"x\", \"owner\": \"" + token + "\", \"fingerprints\": [\"sha256:00\"] } ]"));
            string b = _directory.Write("b/tokenguard-inventory.json", InventoryWith(tokens: "[ { \"id\": \"x\", \"owner\": \"team:\\u001b[2Jb\", \"fingerprints\": [\"sha256:00\"] } ]"));
            var (exit, _, errors) = Merge(new[] { a, b }, Path.Combine(_directory.Path, "central.json"));
            Assert.Equal(0, exit);
            Assert.Contains("warning: x: owner is", errors);
            Assert.DoesNotContain(token, errors);
            Assert.DoesNotContain("\u001b", errors, StringComparison.Ordinal);
        }

        [Fact]
        public void A_message_quoting_a_huge_value_is_cut_short()
        {
            string report = _directory.Write("aws-credential-report.csv", ReportHeader + "\nalice,arn:aws:iam::1:user/alice,2019-04-01T09:00:00+00:00,false,N/A,N/A,N/A,false,true,2" + new string('9', 60_000) + ",N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");

            var (exit, _, errors) = Audit(WithExport("aws", report));

            AssertInputError("huge date", report, exit, errors);
            Assert.Contains("…", errors);
            Assert.True(errors.Length < 2_000, errors.Length + " characters");
        }

        // ---- seeded mutations ------------------------------------------------------------------------------

        /// <summary>
        /// Every input kind, mutated at random but reproducibly (seeded): bytes flipped, deleted, duplicated, cut, or
        /// a hostile piece spliced in. Whatever comes out, the command ends with 0, 1 or 2, and 2 names file and line.
        /// </summary>
        [Fact]
        public void Seeded_mutations_of_every_input_never_crash()
        {
            string[] pieces = { "\"", "\\", "\\ud800", "[", "{", "]", "}", ",", ":", "\u0000", "\u001b", "\uFEFF", "1e400", "-0", "null", "<0xFF>", "\r", "\n", "'", "- ", "&a", "*a", "!!binary" };
            var inputs = new List<(string Name, string Flag, string Text)>
            {
                ("tokenguard-inventory.json", "inventory", File.ReadAllText(ValidInventory())),
                ("owners.csv", "owners", "principal,status\nteam:platform,active\n\"user:a, b\",departed\n"),
                ("owners.yaml", "owners", "owners:\n  - principal: team:platform\n    status: active\n  - user:bob\n"),
            };
            foreach (var kind in JsonExportKinds) inputs.Add((kind.File, kind.Flag, File.ReadAllText(_samples[kind.File])));
            inputs.Add(("aws-credential-report.csv", "aws", File.ReadAllText(_samples["aws-credential-report.csv"])));

            foreach (var (name, flag, text) in inputs)
            {
                for (int seed = 0; seed < 60; seed++)
                {
                    var random = new Random(seed);
                    byte[] bytes = Encoding.UTF8.GetBytes(text);
                    for (int edits = random.Next(1, 4); edits > 0; edits--) bytes = Mutate(bytes, random, pieces);
                    string path = Path.Combine(_directory.Path, "fuzz", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), name);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);

                    AuditInputs audit = flag is "inventory" or "owners" ? WithExports() : WithExport(flag, path);
                    if (flag == "inventory") audit.Inventory = path;
                    if (flag == "owners") audit.Owners = new[] { path };
                    var (exit, _, errors) = Audit(audit);
                    Assert.True(exit is 0 or 1 or 2, $"{name} seed {seed}: exit {exit}");
                    if (exit == 2) AssertInputError($"{name} seed {seed}", path, exit, errors);
                    if (flag == "inventory")
                    {
                        var (mergeExit, _, mergeErrors) = Merge(new[] { path }, path + ".central.json");
                        Assert.True(mergeExit is 0 or 2, $"{name} seed {seed}: merge exit {mergeExit}");
                        if (mergeExit == 2) AssertInputError($"{name} seed {seed}", path, mergeExit, mergeErrors);
                    }
                }
            }
        }

        private static byte[] Mutate(byte[] bytes, Random random, string[] pieces)
        {
            var list = bytes.ToList();
            int at = random.Next(list.Count + 1);
            switch (random.Next(5))
            {
                case 0: if (at < list.Count) list[at] = (byte)random.Next(256); break;
                case 1: if (at < list.Count) list.RemoveRange(at, Math.Min(list.Count - at, random.Next(1, 8))); break;
                case 2: list.InsertRange(at, list.Skip(at).Take(random.Next(1, 40)).ToArray()); break;
                case 3: list.RemoveRange(at, list.Count - at); break;
                default:
                    string piece = pieces[random.Next(pieces.Length)];
                    list.InsertRange(at, piece == "<0xFF>" ? new byte[] { 0xFF } : Encoding.UTF8.GetBytes(piece));
                    break;
            }

            return list.ToArray();
        }

        // ---- the HTML report's tallies --------------------------------------------------------------------

        [Fact]
        public void The_report_counts_owners_named_like_object_properties()
        {
            string[] owners = { "constructor", "__proto__", "toString", "hasOwnProperty", "valueOf" };
            string export = _directory.Write("credential-authorizations.json", "[\n" + string.Join(",\n", owners.SelectMany((owner, i) => Enumerable.Range(0, i + 1).Select(n =>
                $"  {{ \"login\": \"{owner}\", \"credential_id\": {100 * (i + 1) + n}, \"credential_type\": \"personal access token\", \"authorized_credential_expires_at\": \"2026-0{i + 1}-02T09:15:22Z\" }}"))) + "\n]\n");
            string html = Path.Combine(_directory.Path, "report", "audit.html");
            AuditInputs inputs = WithExport("github", export);
            inputs.Html = html;
            Assert.Equal(1, AuditCommand.Run(inputs, new StringWriter(), new StringWriter()));

            string dom = HeadlessChromium.DumpDom(html, Path.Combine(_directory.Path, "profile"));

            Assert.Contains("data-rendered=\"true\"", dom);
            int start = dom.IndexOf("id=\"owner-chart\"", StringComparison.Ordinal);
            string chart = dom.Substring(start, dom.IndexOf("</svg>", start, StringComparison.Ordinal) - start);
            for (int i = 0; i < owners.Length; i++)
                Assert.Contains($"data-label=\"{owners[i]}\" data-count=\"{i + 1}\"", chart);
        }

        [Fact]
        public void The_report_script_keeps_no_tally_in_a_plain_object()
        {
            string script = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "src", "TokenGuard.Cli", "Audit", "AuditReport.html"));

            Assert.DoesNotMatch(@"\b\w+\s*=\s*\{\s*\}", script);
            Assert.DoesNotMatch(@"\[[a-z]+\]\s*=\s*\(", script);
        }

        // ---- helpers --------------------------------------------------------------------------------------

        private static object[] Case(string name, string content) => new object[] { name, Encoding.UTF8.GetBytes(content) };

        private static string Deep(string open, string close, int depth) =>
            new StringBuilder().Insert(0, open, depth).Append("1").Insert(open.Length * depth + 1, close, depth).ToString();

        private static byte[] Splice(string text, string after, byte[] inserted) => Splice(text, text.IndexOf(after, StringComparison.Ordinal) + after.Length, inserted);

        private static byte[] Splice(string text, int at, byte[] inserted)
        {
            byte[] before = Encoding.UTF8.GetBytes(text.Substring(0, at)), rest = Encoding.UTF8.GetBytes(text.Substring(at));
            return before.Concat(inserted).Concat(rest).ToArray();
        }

        private static bool IsRoot()
        {
            try
            {
                return File.ReadAllText("/proc/self/status").Split('\n').Any(l => Regex.IsMatch(l, @"^Uid:\s+0\s"));
            }
            catch (IOException)
            {
                return false;
            }
        }

        private static void AssertInputError(string name, string path, int exit, string errors)
        {
            Assert.True(exit == 2, $"{name}: exit {exit}, errors: {errors}");
            Assert.Matches(new Regex("^" + Regex.Escape(path) + @"\(\d+\): error: \S", RegexOptions.Multiline), errors);
            Assert.DoesNotContain("   at ", errors); // no stack trace
        }

        private static (int Exit, string Output, string Errors) Merge(string[] inputs, string output)
        {
            var console = new StringWriter();
            var errors = new StringWriter();
            int exit = MergeCommand.Run(inputs, output, console, errors);
            return (exit, console.ToString(), errors.ToString());
        }

        private (int Exit, string Output, string Errors) Audit(AuditInputs inputs)
        {
            inputs.Html ??= Path.Combine(_directory.Path, "html", Guid.NewGuid().ToString("N") + ".html");
            var output = new StringWriter();
            var errors = new StringWriter();
            int exit = AuditCommand.Run(inputs, output, errors);
            if (exit == 2) Assert.False(File.Exists(inputs.Html), "the HTML report was written");
            return (exit, output.ToString(), errors.ToString());
        }

        private string ValidInventory() =>
            _directory.Write("valid/tokenguard-inventory.json", InventoryMergeTests.Artifact(AuditTests.Manifest(), "https://github.com/contoso/contoso-payments.git", "Api"));

        private AuditInputs WithExports() => new AuditInputs
        {
            Inventory = ValidInventory(),
            GitLab = new[] { _samples["gitlab-personal-access-tokens.json"] },
            Today = SampleDay,
        };

        private AuditInputs WithExport(string flag, string path)
        {
            var inputs = new AuditInputs { Inventory = ValidInventory(), Today = SampleDay };
            switch (flag)
            {
                case "github": inputs.GitHub = new[] { path }; break;
                case "aws": inputs.Aws = new[] { path }; break;
                case "ado": inputs.AzureDevOps = new[] { path }; break;
                default: inputs.GitLab = new[] { path }; break;
            }

            return inputs;
        }
    }
}
