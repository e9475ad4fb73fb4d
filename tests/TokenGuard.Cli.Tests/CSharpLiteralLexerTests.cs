using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The prefilter's fast lexer gives exactly Roslyn's tokens or declines (and Roslyn's lexer reads the file):
    /// the fast path and the slow path decide alike, on shapes chosen to be awkward and on every C# file of this repository.
    /// </summary>
    public class CSharpLiteralLexerTests
    {
        [Theory]
        [InlineData("x = $\"a{b}c\"; y = $@\"q{{\"\"{x}\"; z = @$\"{a}\";")]
        [InlineData("a >>= b; c ??= d; e->f; 1..2; x::y; 1.ToString(); 0x1E+2; 1e+5; 0b1_0; \"a\"u8x; @class; 1abc; .5f; 10UL; 2.5m; a?.b?[c] ?? d;")]
        [InlineData("s = \"\\x41\\u0042\\U0001F600\\t\\\"q\\\\\\0\"; c = '\\''; d = '\"'; e = '\\x4'; f = '\\u0041';")]
        [InlineData("#region R \"x\"\nvar a = \"b\";\n  #endregion\n#pragma warning disable CS1 // \"c\"\n#nullable enable\nvar b = 1;")]
        [InlineData("// c\rx = \"a\"; // d\r\ny = \"b\";")]
        [InlineData("/* \"a\" */ b = \"c\" + 'd' + \"\\u00e9\" + \"é\";")]
        [InlineData("x = $\"{a}\" + $\"{{b}}\" + $\"{c,10:X}\" + $\"{(a ? b : c)}\" + $\"{d:yyyy-MM-dd}\";")]
        [InlineData("client.DefaultRequestHeaders.Add(\"Authorization\", $\"Bearer {token}\"); h.TryAddWithoutValidation(\"X-Api-Key\", key);")]
        [InlineData("x = @\"multi\nline \"\"quoted\"\"\"; y = @\"\"; z = \"\";")]
        [InlineData("x = $\"{new[] { 1, 2 }[0]}\"; y = $\"{f(\"s\")}\"; z = $\"{g('}')}\"; w = $\"{$\"{a}\"}\";")]
        [InlineData("o = new O { ApiKey = \"k\", [\"Token\"] = (\"v\"), Pwd => \"p\", name: \"n\" }; var t = (\"a\", \"b\");")]
        [InlineData("x = a == b != c <= d >= e && f || g << h <<= i | j & k ^ l % m * n / o - p + q ++ -- ~r !s; t += 1; u -= 2;")]
        [InlineData("#if DEBUG\nvar a = \"b\";\n#endif\n")]
        [InlineData("var r = \"\"\"raw \"q\" \"\"\"; var s = $$\"\"\"{{x}}\"\"\";")]
        [InlineData("var r = \"\"\"\n    {\n      \"a\": \"b\"\n\n    }\n    \"\"\"; var u = \"\"\"\"x\"\"\"y\"\"\"\"u8;")]
        [InlineData("var r = \"\"\"\r\n  a\r\n   \r\n b\r\n  \"\"\";")]
        [InlineData("var r = \"\"\"\n  a\n \n  \"\"\"; var s = \"\"\"\n  a \"\"\";")]
        [InlineData("var r = \"\"\"\n\"\"\"; var s = \"\"\"a\"\"\"\"; var t = $\"{\"\"\"x\"\"\"}\";")]
        [InlineData("x = \"unterminated\ny = 1;")]
        [InlineData("var é = \"a\"; var \\u0061b = 1;")]
        [InlineData("<<<<<<< HEAD\nx = \"a\";\n=======\nx = \"b\";\n>>>>>>> branch\n")]
        [InlineData("x = \"a\" /* unterminated")]
        [InlineData("x = $\"{a // comment\n}\";")]
        [InlineData("x = '\\z'; y = '';")]
        [InlineData("x = \"\\q\";")]
        public void Gives_Roslyns_tokens_or_declines(string source) => AssertSameAsRoslyn(source, source);

        [Theory]
        [InlineData("x = $\"a{b}c\"; y = $@\"q{{\"\"{x}\"; z = @$\"{a}\";")]
        [InlineData("s = \"\\x41\\u0042\\U0001F600\\t\\\"q\\\\\\0\"; c = '\\''; d = '\"';")]
        [InlineData("#region R \"x\"\nvar a = \"b\";\n  #endregion\n#pragma warning disable CS1 // \"c\"\n")]
        [InlineData("x = $\"{new[] { 1, 2 }[0]}\"; y = $\"{f(\"s\")}\"; z = $\"{g('}')}\";")]
        [InlineData("var r = \"\"\"\n    {\n      \"a\": \"b\"\n\n    }\n    \"\"\"; var u = \"\"\"\"x\"\"\"y\"\"\"\"u8;")]
        public void Reads_the_common_shapes_itself(string source) => Assert.True(CSharpLiteralLexer.TryLex(source, new List<LexToken>()));

        [Fact]
        public void Gives_Roslyns_tokens_for_every_C_sharp_file_of_this_repository_whole_and_cut_short()
        {
            string root = TestPaths.RepositoryRoot();
            // TOKENGUARD_LEXER_CORPUS: more folders to compare on (real repositories' checkouts), separated by the path separator.
            IEnumerable<string> folders = new[] { "src", "tests", "samples" }.Select(folder => Path.Combine(root, folder))
                .Concat((Environment.GetEnvironmentVariable("TOKENGUARD_LEXER_CORPUS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
            var files = folders
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .ToList();
            Assert.True(files.Count > 100, "the repository's sources were not found");

            int lexed = 0;
            foreach (string file in files)
            {
                string text = File.ReadAllText(file);
                if (AssertSameAsRoslyn(text, file)) lexed++;
                // Cut anywhere (inside a string, a comment, a hole): still Roslyn's tokens, or declined.
                for (int cut = 1; cut < 8; cut++) AssertSameAsRoslyn(text.Substring(0, text.Length * cut / 8), file + " cut at " + cut + "/8");
            }

            // The fast path is the common one: most files never reach Roslyn's lexer.
            Assert.True(lexed > files.Count * 3 / 4, $"only {lexed} of {files.Count} files lexed without Roslyn");
        }

        [Fact]
        public void The_prefilter_decides_alike_on_either_lexers_tokens()
        {
            string token = TestTokens.GitHubClassic(seed: 5);
            foreach (string source in new[]
            {
                "class C { string S = \"" + token + "\"; }",
                "class C { string S = \"" + token.Substring(0, 4) + "\" + \"" + token.Substring(4) + "\"; }",
                "class C { const string H = \"Authorization\"; void M(HttpClient c, string v) { c.DefaultRequestHeaders.Add(H, \"Bearer \" + v); } }",
                "class C { string ApiKey = \"Zx9" + TestTokens.Random(TestTokens.Alphanumeric, 24, 6) + "\"; }",
                "class C { string Name = \"Zx9" + TestTokens.Random(TestTokens.Alphanumeric, 24, 6) + "\"; }",
            })
            {
                var fast = new List<LexToken>();
                Assert.True(CSharpLiteralLexer.TryLex(source, fast));
                var roslyn = new List<LexToken>();
                CSharpLiteralLexer.LexWithRoslyn(source, roslyn);
                Assert.Equal(SourcePrefilter.LiteralsMayHoldSecret(roslyn), SourcePrefilter.LiteralsMayHoldSecret(fast));
            }
        }

        /// <returns>Whether the fast lexer read it (and gave Roslyn's tokens).</returns>
        private static bool AssertSameAsRoslyn(string source, string what)
        {
            var fast = new List<LexToken>();
            if (!CSharpLiteralLexer.TryLex(source, fast)) return false;
            var roslyn = new List<LexToken>();
            CSharpLiteralLexer.LexWithRoslyn(source, roslyn);
            for (int i = 0; i < Math.Min(fast.Count, roslyn.Count); i++)
            {
                if (!fast[i].Equals(roslyn[i])) Assert.Fail($"{what}: token {i}: fast {fast[i]}, Roslyn {roslyn[i]}");
            }

            Assert.True(fast.Count == roslyn.Count, $"{what}: {fast.Count} tokens, Roslyn {roslyn.Count}");
            return true;
        }
    }
}
