using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;
using TokenGuard.Cli;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Issue 14: <c>tokenguard scan</c> and the build report the same hard-coded secrets. Both run over one labelled
    /// corpus (tests/corpus, expanded as LabelledCorpusTests does, plus generic secrets in every position scan reads
    /// from syntax, plus token reads), with a tokens.yaml present, and the (file, line, id) sets of TG0001-TG0005 must be equal.
    /// </summary>
    public class BuildEqualityTests
    {
        private static readonly Regex Marker = new Regex(@"\{\{token:([a-z0-9-]+)\}\}");
        private static readonly string[] ComparedIds =
        {
            DiagnosticIds.HardCodedKnownToken, DiagnosticIds.HardCodedLikelySecret, DiagnosticIds.AppSettingsTokenValue,
            DiagnosticIds.UnregisteredUsage, DiagnosticIds.AppSettingsUnregisteredKey,
        };

        // Registers one read of each kind, so "registered" is compared too; every other token read is TG0003.
        private const string Manifest =
            "version: 1\ntokens:\n  - id: registered\n    owner: team:payments\n    system: stripe\n    scope: [charges:write]\n" +
            "    created: 2026-01-10\n    expires: 2027-01-10\n    usages:\n      - env: REGISTERED_TOKEN\n      - config: Registered:ApiKey\n";

        [Fact]
        public async Task Scan_and_the_build_report_the_same_secrets_on_the_labelled_corpus()
        {
            using var directory = new TempDirectory();
            foreach (string template in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "tests", "corpus"), "*.template"))
            {
                string name = Path.GetFileNameWithoutExtension(template);
                if (name.EndsWith(".cs", StringComparison.Ordinal) || name.StartsWith("appsettings", StringComparison.Ordinal))
                {
                    directory.Write(name, Marker.Replace(File.ReadAllText(template), m => RuleSamples.Secrets[m.Groups[1].Value]()));
                }
            }

            directory.Write("Generic.cs", GenericSecretsSource());
            directory.Write("Reads.cs", ReadsSource());
            directory.Write("ConfigurationStubs.cs", Stubs.Configuration);
            directory.Write("tokens.yaml", Manifest);
            directory.Write("appsettings.Development.json", "{\n  \"Payments\": { \"ClientSecret\": \"" + Secret(1) + "\" },\n  \"Payments2\": { \"Endpoint\": \"" + Secret(2) + "\" }\n}\n");

            string[] build = await BuildFindingsAsync(directory.Path);
            string[] scan = ScanFindings(directory.Path);

            // The one thing syntax cannot see: a literal given positionally to a credential sink's parameter
            // (new NetworkCredential("user", "…")) needs the method's symbol. Generic.cs marks each such line.
            string[] semanticOnly = SinkLines(directory.Path);
            Assert.NotEmpty(semanticOnly);
            Assert.All(semanticOnly, line => Assert.Contains(line, build));
            Assert.Contains(build, f => f.EndsWith(DiagnosticIds.HardCodedLikelySecret, StringComparison.Ordinal));
            Assert.Contains(build, f => f.EndsWith(DiagnosticIds.AppSettingsTokenValue, StringComparison.Ordinal));
            Assert.Equal(build.Except(semanticOnly), scan);

            // The positions issue 15 adds are reached, once each, and their look-alikes are not.
            string[] reach = MarkedLines(directory.Path, "// reach");
            Assert.Equal(10, reach.Length);
            Assert.All(reach, line => Assert.Contains(line, scan));
            Assert.All(MarkedLines(directory.Path, "// look-alike"), line => Assert.DoesNotContain(line, build));

            // Token reads: each marked read is TG0003 in both, registered reads and look-alikes in neither.
            string[] reads = MarkedLines(directory.Path, "// read", "Reads.cs", DiagnosticIds.UnregisteredUsage);
            Assert.Equal(12, reads.Length);
            Assert.All(reads, line => Assert.Contains(line, build));
            string[] notReads = MarkedLines(directory.Path, "// not a read", "Reads.cs", DiagnosticIds.UnregisteredUsage);
            Assert.Equal(7, notReads.Length);
            Assert.All(notReads, line => Assert.DoesNotContain(line, build));
            Assert.All(notReads, line => Assert.DoesNotContain(line, scan));
        }

        // One token read per line in each shape TokenReadResolver traces and TokenReadSyntax recognises; look-alikes after.
        private static string ReadsSource() =>
            "using System;\nusing System.Collections.Generic;\nusing Microsoft.Extensions.Configuration;\n" +
            "class Reads\n{\n" +
            "    private const string KeyName = \"PAYMENTS_API_KEY\";\n" +
            "    private const string Section = \"Stripe\";\n" +
            "    public string ApiKey { get; set; } = \"\";\n" +
            "    private readonly IConfiguration _configuration;\n" +
            "    Reads(IConfiguration configuration) { _configuration = configuration; }\n" +
            "    void M(IConfiguration configuration, IConfigurationSection section, Dictionary<string, string> config)\n    {\n" +
            "        var a = Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); // read\n" +
            "        var b = Environment.GetEnvironmentVariable(KeyName); // read\n" +
            "        var c = configuration.GetSection(\"Stripe\")[\"ApiKey\"]; // read\n" +
            "        var d = configuration[\"Stripe:ApiKey\"]; // read\n" +
            "        var e = configuration[nameof(ApiKey)]; // read\n" +
            "        var f = _configuration.GetConnectionString(\"orders\"); // read\n" +
            "        var g = configuration.GetValue<string>(\"OpenAI:ApiKey\"); // read\n" +
            "        var h = configuration.GetSection(Section).GetValue<string>(\"SecretKey\"); // read\n" +
            "        var twilio = configuration.GetRequiredSection(\"Twilio\");\n" +
            "        var i = twilio[\"AuthToken\"]; // read\n" +
            "        var j = configuration.GetSection(\"GitHub:Token\").Value; // read\n" +
            "        var k = section[\"ClientSecret\"]; // read\n" +
            "        var l = configuration.GetSection(\"Payments\").GetSection(\"Stripe\")[\"SigningSecret\"]; // read\n" +
            "        var r1 = configuration[\"Registered:ApiKey\"]; // not a read\n" +
            "        var r2 = Environment.GetEnvironmentVariable(\"REGISTERED_TOKEN\"); // not a read\n" +
            "        var map = new Dictionary<string, string> { [\"API_KEY\"] = \"x\" }; // not a read\n" +
            "        var m = config[\"API_KEY\"]; // not a read\n" +
            "        var n = configuration[\"Logging:LogLevel\"]; // not a read\n" +
            "        var tokens = new Dictionary<string, string>(); var o = tokens[\"SECRET_TOKEN\"]; // not a read\n" +
            "        var p = map[nameof(ApiKey)]; // not a read\n" +
            "    }\n" +
            "}\n";

        private static string Secret(int seed) => TestTokens.Random(TestTokens.Alphanumeric, 28, seed) + "9q";

        private static string Password(int seed) => TestTokens.Random(TestTokens.Alphanumeric, 10, seed) + "-7Q";

        // One secret per position LiteralSyntax and CredentialSinkAnalyzer read; look-alikes in between.
        private static string GenericSecretsSource() =>
            "using System.Net.Http;\n" +
            "class Generic\n{\n" +
            "    private const string ClientSecret = \"" + Secret(3) + "\";\n" +
            "    private string password = \"" + Password(4) + "\";\n" +
            "    public string ApiKey => \"" + Secret(5) + "\";\n" +
            "    private const string Description = \"" + Secret(6) + "\";\n" +
            "    private const string PasswordAlphabet = \"" + Secret(7) + "\";\n" +
            "    void M(Options options, HttpClient client, Store store, Auth auth, string apiKey = \"" + Secret(8) + "\")\n    {\n" +
            "        options.ApiKey = \"" + Secret(9) + "\";\n" +
            "        store.Set(\"AccessToken\", \"" + Secret(10) + "\");\n" +
            "        store.Row(\"Pwd\", \"" + Password(11) + "\", 3);\n" +
            "        Connect(token: \"" + Secret(12) + "\");\n" +
            "        client.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer " + Secret(13) + "\");\n" +
            "        var credential = new System.Net.NetworkCredential(\"user\", \"" + Password(14) + "\"); // sink\n" +
            "        var assembled = \"" + RuleSamples.Secrets["github-classic"]().Insert(12, "\" + \"") + "\";\n" +
            // Issue 15: collections beside a secret-like name, raw and verbatim strings, text after a scheme, methods that authenticate.
            "        var authTokens = new System.Collections.Generic.List<string> { \"" + Secret(15) + "\" }; // reach\n" +
            "        string[] secrets = [\"" + Secret(16) + "\"]; // reach\n" +
            "        var pair = (\"ClientSecret\", \"" + Secret(17) + "\"); // reach\n" +
            "        var vault = new System.Collections.Generic.Dictionary<string, string> { { \"ApiKey\", \"" + Secret(18) + "\" } }; // reach\n" +
            "        var signingKey = \"\"\"" + Secret(19) + "\"\"\"; // reach\n" +
            "        var apiSecret = @\"" + Secret(20) + "\"; // reach\n" +
            "        var header = \"Bearer \" + \"" + Secret(21) + "\"; // reach\n" +
            "        client.DefaultRequestHeaders.Add(\"Authorization\", \"Basic \" + \"" + Secret(22) + "\"); // reach\n" +
            "        auth.Login(\"admin\", \"" + Password(23) + "\"); // reach\n" +
            "        auth.UseApiKey(\"" + Secret(24) + "\"); // reach\n" +
            "        var map = new System.Collections.Generic.Dictionary<string, string> { { \"Orders\", \"" + Secret(25) + "\" } }; // look-alike\n" +
            "        string[] apiKeys = { \"api/v2/keys/{keyId:guid}/rotate\", \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\" }; // look-alike\n" +
            "        var signingKeyPath = (\"SigningKey\", \"projects/acme-prod-42/secrets/signing-key/versions/3\"); // look-alike\n" +
            "        var accessKey = \"\"\"10.0.100-rc.2.25502.107\"\"\"; // look-alike\n" +
            "        auth.Login(\"admin\", \"Identity.Application\"); // look-alike\n" +
            "        var format = \"token \" + \"{0}\"; // look-alike\n" +
            "    }\n" +
            "    static void Connect(string token) { }\n" +
            "}\n" +
            "class Auth { public void Login(string user, string pass) { } public void UseApiKey(string value) { } }\n" +
            "class Options { public string ApiKey { get; set; } = \"\"; }\n" +
            "class Store { public void Set(string name, string value) { } public void Row(string a, string b, int c) { } }\n";

        private static async Task<string[]> BuildFindingsAsync(string root)
        {
            // The tokens.yaml is an AdditionalFile, as the targets add it.
            var sources = Directory.GetFiles(root, "*.cs").Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Preview), path: Path.GetFileName(path)));
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path));
            Compilation compilation = CSharpCompilation.Create("Corpus", sources, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var settings = Directory.GetFiles(root, "appsettings*.json").Append(Path.Combine(root, "tokens.yaml")).Select(path => (AdditionalText)new FileText(Path.GetFileName(path), File.ReadAllText(path))).ToImmutableArray();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedTokenAnalyzer(), new CredentialSinkAnalyzer(), new AppSettingsAnalyzer(), new UnregisteredUsageAnalyzer());
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, new AnalyzerOptions(settings)).GetAnalyzerDiagnosticsAsync();
            return diagnostics.Where(d => ComparedIds.Contains(d.Id))
                .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1}) {d.Id}")
                .Distinct().OrderBy(f => f, StringComparer.Ordinal).ToArray();
        }

        private static string[] ScanFindings(string root)
        {
            var files = RepositoryFiles.Enumerate(root, new List<ScanWarning>());
            var manifest = new UsageMatcher(ManifestLoader.Load("tokens.yaml", File.ReadAllText(Path.Combine(root, "tokens.yaml"))).Manifest!);
            return new RepositoryScanner(root, manifest).Scan(files)
                .Where(f => ComparedIds.Contains(f.DiagnosticId))
                .Select(f => $"{f.File}({f.Line}) {f.DiagnosticId}")
                .Distinct().OrderBy(f => f, StringComparer.Ordinal).ToArray();
        }

        private static string[] SinkLines(string root) => MarkedLines(root, "// sink");

        private static string[] MarkedLines(string root, string marker, string file = "Generic.cs", string id = DiagnosticIds.HardCodedLikelySecret)
        {
            string[] lines = File.ReadAllLines(Path.Combine(root, file));
            return Enumerable.Range(0, lines.Length).Where(i => lines[i].EndsWith(marker, StringComparison.Ordinal))
                .Select(i => $"{file}({i + 1}) {id}").ToArray();
        }

        private sealed class FileText : AdditionalText
        {
            private readonly SourceText _text;

            public FileText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
        }
    }
}
