using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TokenGuard.Analyzers;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Every TokenGuard analyzer over mutated C#, appsettings.json and tokens.yaml (seeded, so a failure
    /// replays): broken input gets diagnostics or nothing, never an analyzer exception (AD0001).
    /// </summary>
    public class AnalyzerFuzzTests
    {
        private const int Cases = 120;

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(HardCodedTokenAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

        private static readonly string[] CSharpSeeds =
        {
            "class A { const string Token = \"" + TestTokens.GitHubClassic(3) + "\"; }",
            "class B { string Read(IConfiguration c) => c.GetSection(\"Stripe\")[\"ApiKey\"] + c[$\"{nameof(B)}:Key\"]; }",
            "class C { void M() { var t = System.Environment.GetEnvironmentVariable(\"GITHUB_\" + \"TOKEN\"); var h = new System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", t); } }",
            "class D { string apiKey = @\"" + TestTokens.StripeSecret(4) + "\"; string s = \"\"\"\n  raw " + TestTokens.Slack(2) + "\n  \"\"\"; }",
            "class E { [System.Obsolete(\"" + TestTokens.AwsAccessKeyId(5) + "\")] void M(IConfiguration c) { c.GetValue<string>(\"Aws:SecretKey\"); new System.Net.NetworkCredential(\"u\", \"p4ssw0rd-Very-Random-9Xq\"); } }",
            "class F { static readonly string[] Keys = { \"" + TestTokens.GitHubFineGrained(2) + "\", $\"x{1}y\" }; }",
        };

        private static readonly string[] CSharpNoise = { "{", "}", "(", ")", "\"", "$\"", "@\"", "\"\"\"", "const ", "nameof(", "[", "]", ";", "=>", "c[", ".GetSection(", "\\", "\n", "#if X\n", "/*", "*/", "//", "\u0000", "\uD800" };

        private static readonly string[] JsonSeeds =
        {
            "{\n  // comment\n  \"GitHub\": { \"Token\": \"" + TestTokens.GitHubClassic(8) + "\" },\n  \"Stripe\": { \"ApiKey\": \"\", },\n  \"List\": [1, \"a\", { \"Password\": \"hunter2-9Xq-Zr4-Lp0-Qm7\" }]\n}",
            "{ \"ConnectionStrings\": { \"Db\": \"Server=x;User Id=sa;Password=" + TestTokens.Random(TestTokens.Alphanumeric, 12, 9) + ";\" }, \"A\": { \"B\": { \"C\": { \"ClientSecret\": \"abc\" } } } }",
        };

        private static readonly string[] JsonNoise = { "{", "}", "[", "]", "\"", ",", ":", "//", "/*", "\\u12", "\\", "\n", "null", "1e999", "\u0000", "\uFEFF" };

        private static readonly string[] YamlSeeds =
        {
            Manifests.Stripe,
            "version: 1\ntokens:\n  - id: gh\n    owner: team:x\n    system: github\n    scope: [repo]\n    created: 2026-01-01\n    expires: never\n    usages: [{ env: GITHUB_TOKEN }, { config: 'GitHub:*' }]\nsinks:\n  - Octokit.Credentials..ctor(token)\n",
        };

        private static readonly string[] YamlNoise = { ":", "- ", "  ", "\t", "[", "]", "{", "}", "'", "\"", "&a", "*a", "!!binary ", "---\n", "\n", "#", "? ", "|", ">" };

        [Fact]
        public void Every_analyzer_of_the_package_takes_part() => Assert.Equal(4, Analyzers.Length);

        [Fact]
        public void Mutated_csharp_json_and_manifests_never_make_an_analyzer_throw()
        {
            var failures = new List<string>();
            int reported = 0;
            for (int seed = 0; seed < Cases; seed++)
            {
                var random = new Random(seed);
                string code = Stubs.Configuration + Stubs.ConfigurationUsings + Mutate(CSharpSeeds[seed % CSharpSeeds.Length], CSharpNoise, random);
                string json = Mutate(JsonSeeds[seed % JsonSeeds.Length], JsonNoise, random);
                string yaml = Mutate(YamlSeeds[seed % YamlSeeds.Length], YamlNoise, random);
                var (exceptions, diagnostics) = Analyze(code, json, yaml);
                failures.AddRange(exceptions.Select(exception => $"seed {seed}: {exception}"));
                reported += diagnostics.Count(d => d.Id.StartsWith("TG", StringComparison.Ordinal));
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
            Assert.True(reported > Cases, $"the mutated inputs should still give TokenGuard diagnostics; got {reported}");
        }

        [Fact]
        public void Huge_binary_and_empty_additional_files_are_diagnosed_not_thrown()
        {
            string binary = new string(Enumerable.Range(0, 4096).Select(i => (char)(i % 32)).ToArray());
            string huge = "{ \"A\": \"" + new string('x', 3_000_000) + "\" }";
            Assert.Empty(Analyze("class A { }", binary, binary).Exceptions);
            Assert.Empty(Analyze("class A { }", huge, "version: 1\ntokens:\n" + string.Concat(Enumerable.Repeat("  - id: x\n", 20_000))).Exceptions);
            Assert.Empty(Analyze("", "", "").Exceptions);
        }

        /// <summary>Random edits: cut a span, insert a syntax fragment, or truncate; a few rounds of each.</summary>
        private static string Mutate(string text, string[] noise, Random random)
        {
            var builder = new StringBuilder(text);
            int rounds = random.Next(1, 6);
            for (int i = 0; i < rounds && builder.Length > 0; i++)
            {
                int position = random.Next(builder.Length);
                switch (random.Next(4))
                {
                    case 0: builder.Remove(position, Math.Min(random.Next(1, 12), builder.Length - position)); break;
                    case 1: builder.Insert(position, noise[random.Next(noise.Length)]); break;
                    case 2: builder.Length = position; break;
                    default: builder.Insert(position, builder.ToString(random.Next(builder.Length), 1)); break;
                }
            }

            return builder.ToString();
        }

        private static (List<string> Exceptions, ImmutableArray<Diagnostic> Diagnostics) Analyze(string code, string appsettings, string manifest)
        {
            var exceptions = new List<string>();
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Fuzz",
                new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12), path: "/0/Fuzz.cs") },
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var additionalFiles = ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("/0/appsettings.json", appsettings),
                new InMemoryAdditionalText("/0/tokens.yaml", manifest));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"); },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            exceptions.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
            return (exceptions, diagnostics);
        }

        private sealed class InMemoryAdditionalText : AdditionalText
        {
            private readonly SourceText _text;

            public InMemoryAdditionalText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
