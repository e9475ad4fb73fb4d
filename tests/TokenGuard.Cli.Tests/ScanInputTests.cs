using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// <c>scan</c> on hostile or odd working trees: special files, symbolic links, unreadable entries, UTF-16/32,
    /// broken manifests and control characters in names. Every case must end, never throw, and exit as documented.
    /// </summary>
    public class ScanInputTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

        private static bool IsRoot => Environment.UserName == "root";

        private static (int ExitCode, string Output, string Errors) Scan(string root, string format = "text", string? manifest = null, string? fifoToRelease = null)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            Task<int> scan = Task.Run(() => ScanCommand.Run(root, format, manifest, output, errors, interactive: false));
            bool ended = scan.Wait(Patience);
            if (!ended && fifoToRelease != null)
            {
                // A reader blocked on the FIFO: open it for writing, then close, so the test run can still end.
                using (new FileStream(fifoToRelease, FileMode.Open, FileAccess.Write)) { }
            }

            Assert.True(ended, "scan did not end within " + Patience);
            return (scan.Result, output.ToString(), errors.ToString());
        }

        internal static void Run(string directory, string file, params string[] arguments)
        {
            var start = new ProcessStartInfo(file) { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string argument in arguments) start.ArgumentList.Add(argument);
            using Process process = Process.Start(start)!;
            string errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, file + " " + string.Join(" ", arguments) + ": " + errors);
        }

        private static void GitInit(TempDirectory directory)
        {
            Run(directory.Path, "git", "init", "-q", ".");
        }

        private static void Link(TempDirectory directory, string relative, string target) =>
            File.CreateSymbolicLink(Path.Combine(directory.Path, relative), target);

        private static string Fifo(TempDirectory directory, string relative)
        {
            string path = Path.Combine(directory.Path, relative);
            Run(directory.Path, "mkfifo", path);
            return path;
        }

        [Fact]
        public void A_fifo_and_a_socket_are_skipped_with_a_warning_and_never_opened()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            directory.Write("ok.txt", "hello\n");
            string fifo = Fifo(directory, "pipe");
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(directory.Path, "sock")));

            var (exit, output, errors) = Scan(directory.Path, fifoToRelease: fifo);

            Assert.Equal(ExitCodes.Clean, exit);
            Assert.Contains("pipe: warning: skipped, not a regular file", errors);
            Assert.Contains("sock: warning: skipped, not a regular file", errors);
            Assert.Contains("found in 1 file(s) (0 binary or over 1024 KB skipped); 2 entries not scanned, with a warning.", output);
        }

        [Fact]
        public void A_tracked_file_replaced_by_a_fifo_is_skipped_in_a_git_repository()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            GitInit(directory);
            directory.Write("src/App.cs", "class A {}\n");
            Run(directory.Path, "git", "add", "-A");
            File.Delete(Path.Combine(directory.Path, "src/App.cs"));
            string fifo = Fifo(directory, "src/App.cs");

            var (exit, output, errors) = Scan(directory.Path, fifoToRelease: fifo);

            Assert.Equal(ExitCodes.Clean, exit);
            Assert.Contains("src/App.cs: warning: skipped, not a regular file", errors);
            Assert.Contains("1 entry not scanned, with a warning.", output);
        }

        [Fact]
        public void Symbolic_links_are_never_followed_out_of_the_tree_or_around_a_loop_outside_git()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            PlantLinks(directory);

            AssertLinksSkipped(Scan(directory.Path));
        }

        [Fact]
        public void Symbolic_links_are_never_followed_in_a_git_repository()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            GitInit(directory);
            PlantLinks(directory);
            Run(directory.Path, "git", "add", "-A"); // Tracks the links themselves: /dev/zero, /etc, the loops.

            AssertLinksSkipped(Scan(directory.Path));
        }

        // One token in the tree, at secret.txt; every link around it either leads inside or is skipped with a warning.
        private static void PlantLinks(TempDirectory directory)
        {
            directory.Write("secret.txt", "t=" + TestTokens.GitHubClassic(11) + "\n");
            directory.Write("d/readme.txt", "nothing\n");
            Link(directory, "d/loop", "..");
            Link(directory, "dangling", "missing-target");
            Link(directory, "etc", "/etc");
            Link(directory, "zero", "/dev/zero");
            Link(directory, "first", "second");
            Link(directory, "second", "first");
            Link(directory, "alias.txt", "secret.txt");
        }

        private static void AssertLinksSkipped((int ExitCode, string Output, string Errors) result)
        {
            var (exit, output, errors) = result;
            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("secret.txt(1,3): error TG0001: ", output);
            Assert.DoesNotContain("alias.txt(", output); // Scanned once, under its own path.
            Assert.DoesNotContain("etc/", output + errors);
            Assert.Contains("etc: warning: skipped, symbolic link to outside the tree", errors);
            Assert.Contains("zero: warning: skipped, symbolic link to outside the tree", errors);
            Assert.Contains("dangling: warning: skipped, dangling symbolic link", errors);
            Assert.Contains("first: warning: skipped, symbolic link loop", errors);
            Assert.DoesNotContain("d/loop", errors); // Leads back into the tree: its content is scanned anyway.
            Assert.Contains("1 token(s) and 0 unregistered usage(s) found in 2 file(s) (0 binary or over 1024 KB skipped); 5 entries not scanned, with a warning.", output);
        }

        [Fact]
        public void A_tracked_file_behind_a_folder_replaced_by_a_symbolic_link_is_not_read()
        {
            if (OperatingSystem.IsWindows()) return;
            using var outside = new TempDirectory();
            outside.Write("config.txt", "t=" + TestTokens.GitHubClassic(12) + "\n");
            using var directory = new TempDirectory();
            GitInit(directory);
            directory.Write("sub/config.txt", "clean\n");
            Run(directory.Path, "git", "add", "-A");
            Directory.Delete(Path.Combine(directory.Path, "sub"), recursive: true);
            Link(directory, "sub", outside.Path);

            var (exit, output, errors) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Clean, exit);
            Assert.Contains("sub/config.txt: warning: skipped, a parent folder is a symbolic link", errors);
            Assert.DoesNotContain("TG0001", output);
        }

        [Fact]
        public void Unreadable_files_and_folders_are_warnings_not_exceptions()
        {
            if (OperatingSystem.IsWindows()) return;
            using var directory = new TempDirectory();
            directory.Write("ok.txt", "hello\n");
            string file = directory.Write("locked.txt", "t=" + TestTokens.GitHubClassic(13) + "\n");
            string folder = Path.GetDirectoryName(directory.Write("closed/inner.txt", "hello\n"))!;
            File.SetUnixFileMode(file, UnixFileMode.None);
            File.SetUnixFileMode(folder, UnixFileMode.None);
            try
            {
                var (exit, output, errors) = Scan(directory.Path);

                if (IsRoot) return; // chmod does not stop root from reading: nothing more to check.
                Assert.Equal(ExitCodes.Clean, exit);
                Assert.Contains("locked.txt: warning: skipped, cannot read: ", errors);
                Assert.Contains("closed: warning: skipped, cannot read the folder: ", errors);
                Assert.Contains("found in 2 file(s) (0 binary or over 1024 KB skipped); 2 entries not scanned, with a warning.", output);
            }
            finally
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        [Fact]
        public void The_size_limit_counts_the_bytes_read_not_the_length_the_file_claims()
        {
            if (OperatingSystem.IsWindows()) return;
            // /dev/zero claims a length of 0 and never ends: the read stops one byte past the limit.
            byte[] read = BoundedFile.Read("/dev/zero", 1000);
            Assert.Equal(1001, read.Length);

            using var directory = new TempDirectory();
            string small = directory.Write("small.txt", "hello");
            Assert.Equal(5, BoundedFile.Read(small, 1000).Length);
        }

        public static TheoryData<string> UnicodeEncodings => new TheoryData<string> { "utf-16le", "utf-16be", "utf-32le", "utf-32be", "utf-8-bom" };

        [Theory]
        [MemberData(nameof(UnicodeEncodings))]
        public void Tokens_in_bom_marked_unicode_files_are_reported_at_the_right_line_and_column(string name)
        {
            Encoding encoding = name switch
            {
                "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
                "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
                "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
                "utf-32be" => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
                _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            };
            using var directory = new TempDirectory();
            string token = TestTokens.GitHubClassic(14);
            File.WriteAllText(Path.Combine(directory.Path, "deploy.ps1"), "$t=\"" + token + "\"\n# second line\n$u = \"" + TestTokens.StripeSecret(3) + "\"\n", encoding);

            var (exit, output, _) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("deploy.ps1(1,5): error TG0001: ", output);
            Assert.Contains("deploy.ps1(3,7): error TG0001: ", output);
            Assert.DoesNotContain(token, output);
        }

        [Fact]
        public void A_named_manifest_that_does_not_exist_fails_closed()
        {
            using var directory = new TempDirectory();
            directory.Write("a.txt", "hello\n");
            string missing = Path.Combine(directory.Path, "nope.yaml");

            var (exit, output, errors) = Scan(directory.Path, manifest: missing);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.Contains(missing + ": error: ", errors);
            Assert.Equal("", output);
        }

        [Fact]
        public void A_manifest_with_a_syntax_error_fails_closed_whether_named_or_found()
        {
            using var directory = new TempDirectory();
            string manifest = directory.Write("tokens.yaml", "version: 1\ntokens: [\n  - id: x\n");
            directory.Write("a.cs", "var s = \"" + TestTokens.Slack(5) + "\";\n");

            foreach (string? named in new[] { null, manifest })
            {
                var (exit, output, errors) = Scan(directory.Path, manifest: named);

                Assert.Equal(ExitCodes.UnusableInput, exit);
                Assert.Contains("tokens.yaml(", errors);
                Assert.Contains("error TG1001: ", errors);
                Assert.Equal("", output); // No result is claimed, clean or not.
            }

            foreach (string format in new[] { "json", "sarif" })
            {
                var (exit, output, _) = Scan(directory.Path, format, manifest);
                Assert.Equal(ExitCodes.UnusableInput, exit);
                Assert.Equal("", output);
            }
        }

        [Fact]
        public void A_manifest_that_is_a_folder_a_fifo_or_unreadable_fails_closed()
        {
            using var directory = new TempDirectory();
            Directory.CreateDirectory(Path.Combine(directory.Path, "folder.yaml"));
            Assert.Equal(ExitCodes.UnusableInput, Scan(directory.Path, manifest: Path.Combine(directory.Path, "folder.yaml")).ExitCode);
            if (OperatingSystem.IsWindows()) return;

            string fifo = Fifo(directory, "tokens.yaml"); // The default manifest, as a FIFO: must not block.
            var (exit, _, errors) = Scan(directory.Path, fifoToRelease: fifo);
            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.Contains("tokens.yaml: error: the manifest is not a regular file", errors);

            string locked = directory.Write("locked.yaml", "version: 1\ntokens: []\n");
            File.SetUnixFileMode(locked, UnixFileMode.None);
            if (IsRoot) return; // chmod does not stop root from reading.
            var (lockedExit, _, lockedErrors) = Scan(directory.Path, manifest: locked);
            Assert.Equal(ExitCodes.UnusableInput, lockedExit);
            Assert.Contains("locked.yaml: error: cannot read the manifest", lockedErrors);
        }

        [Fact]
        public void Control_characters_in_file_names_never_reach_the_output_raw()
        {
            if (OperatingSystem.IsWindows()) return; // Windows file names cannot hold control characters.
            using var directory = new TempDirectory();
            string name = "a\u001b[2Jb.txt";
            directory.Write(name, "t=" + TestTokens.GitHubClassic(15) + "\n");
            string fifo = Fifo(directory, "p\u001b]0;title\u0007");

            var (exit, text, errors) = Scan(directory.Path, fifoToRelease: fifo);
            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("a\\x1b[2Jb.txt(1,3): error TG0001: ", text);
            Assert.Contains("p\\x1b]0;title\\x07: warning: skipped, not a regular file", errors);
            Assert.DoesNotContain('\u001b', text + errors);
            Assert.DoesNotContain('\u0007', errors);

            var (_, json, _) = Scan(directory.Path, "json", fifoToRelease: fifo);
            Assert.DoesNotContain('\u001b', json);
            using (JsonDocument document = JsonDocument.Parse(json))
            {
                Assert.Equal(name, Assert.Single(document.RootElement.EnumerateArray()).GetProperty("file").GetString());
            }

            var (_, sarif, _) = Scan(directory.Path, "sarif", fifoToRelease: fifo);
            Assert.DoesNotContain('\u001b', sarif);
            InventorySchema.AssertValidSarif(sarif);
            using (JsonDocument document = JsonDocument.Parse(sarif))
            {
                Assert.Contains(Strings(document.RootElement), value => value.Contains(name));
            }
        }

        private static System.Collections.Generic.IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => new[] { element.GetString()! },
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
            _ => Array.Empty<string>(),
        };
    }
}
