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
