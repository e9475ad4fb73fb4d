using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>C# files reach the thread pool in batches (<see cref="RepositoryScanner.BatchChars"/>): a tree scanned at once reports what its files report one by one, in the same order.</summary>
    public class RepositoryScannerBatchTests
    {
        [Fact]
        public void A_tree_of_many_batches_reports_what_each_file_reports_alone()
        {
            using var directory = new TempDirectory();
            var filler = new StringBuilder();
            for (int i = 0; filler.Length < RepositoryScanner.BatchChars / 3; i++) filler.Append("        public int Field").Append(i).Append(" = ").Append(i).Append(";\n");

            for (int file = 0; file < 40; file++)
            {
                // Every third file holds a token, some at its start, some after the filler; every fifth is a small one.
                string secret = file % 3 == 0 ? "        private const string Token" + file + " = \"" + RuleSamples.Secrets["github-classic"]() + "\";\n" : "";
                string body = file % 5 == 0 ? secret : file % 2 == 0 ? secret + filler : filler + secret;
                directory.Write($"Folder{file % 4}/File{file:00}.cs", "namespace Sample\n{\n    class File" + file + "\n    {\n" + body + "    }\n}\n");
            }

            IReadOnlyList<string> files = RepositoryFiles.Enumerate(directory.Path);
            Assert.True(files.Sum(f => new FileInfo(f).Length) > 4 * RepositoryScanner.BatchChars, "the tree spans several batches");

            string[] atOnce = Describe(new RepositoryScanner(directory.Path, manifest: null).Scan(files));
            string[] oneByOne = files.SelectMany(f => Describe(new RepositoryScanner(directory.Path, manifest: null).Scan(new[] { f })))
                .OrderBy(f => f, System.StringComparer.Ordinal).ToArray();

            Assert.Equal(14, atOnce.Length);
            Assert.Equal(oneByOne, atOnce);
        }

        private static string[] Describe(IReadOnlyList<ScanFinding> findings) =>
            findings.Select(f => $"{f.File}({f.Line},{f.Column}) {f.DiagnosticId} {f.Rule} {f.Fingerprint}").ToArray();
    }
}
