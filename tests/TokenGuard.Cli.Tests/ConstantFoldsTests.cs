using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The fold values <see cref="ConstantFolds"/> computes from tokens against the ones the Roslyn path folds
    /// (<see cref="SameFileConstants"/> on each outermost addition and interpolated string, as CSharpSecretFinder reads
    /// them): every value Roslyn gives is among the candidates, unless the tokens' reading said it was unsure.
    /// </summary>
    public class ConstantFoldsTests
    {
        [Theory]
        [InlineData("""class C { const string A = "ab"; string S = A + "cd" + C.A; }""", "abcdab")]
        [InlineData("""class C { const string A = "ab", B = A + "x"; string S = $"{B}-{nameof(C.A)}"; }""", "abx-A")]
        [InlineData(""""class C { const string A = "a\tb"; string S = $@"{A}""{{q}}"""; }"""", "a\tb\"{{q}}\"")] // Roslyn's text keeps doubled braces
        [InlineData("""class C { const string A = "ab"; string S = G<int>.A + new D(1).A + x!.A + (A); }""", "abababab")]
        [InlineData("""class C { const string A = "ab"; string S = M("x" + A) + "y"; }""", "xab")]
        [InlineData("""class C { const string A = "ab"; string S = c ? "x" + A : (A + "z"); }""", "abz")]
        [InlineData("""class C { const string K0 = F(K2).K3 + "w"; const string K2 = K0; const string K3 = "r"; object S = $"<{K2}>"; }""", "<rw>")] // K2 in an argument is no cycle
        public void Computes_the_values_roslyn_folds(string source, string expected)
        {
            Assert.Contains(expected, RoslynValues(source));
            Assert.Contains(expected, Candidates(source)!);
        }

        [Theory]
        [InlineData("""class C { string S = $$"{{A}}" + "x"; }""")]
        [InlineData(""""class C { string S = $$$"""{{{A}}}""" + "x"; }"""")]
        [InlineData("""class C { string S = "x" + stackalloc[] { 1 }; }""")]
        [InlineData("""class C { string S = "x" + B<int>[0].C; }""")]
        [InlineData("""class C { string S = $"{A /* why */}"; }""")]
        [InlineData("""class C { string S = "x" + c?[0]; }""")]
        public void A_shape_it_does_not_read_is_unsure(string source) => Assert.Null(Candidates(source));

        [Fact]
        public void A_const_doubled_past_the_size_cap_is_unsure()
        {
            var source = new System.Text.StringBuilder("class C { const string A0 = \"0123456789abcdef\";");
            for (int i = 1; i <= 14; i++) source.Append(" const string A").Append(i).Append(" = A").Append(i - 1).Append(" + A").Append(i - 1).Append(';');
            Assert.Null(Candidates(source.Append(" }").ToString()));
        }

        [Fact]
        public void Random_folds_roslyn_gives_a_value_are_all_candidates()
        {
            // Expressions of every operand and operator shape, nested at random, in consts and fields: each outermost
            // fold Roslyn gives a value is a candidate, or the reading is unsure. Fails where the tokens are read otherwise.
            var random = new System.Random(17);
            int read = 0, valued = 0;
            for (int round = 0; round < 3000; round++)
            {
                var source = new System.Text.StringBuilder("class C {\n");
                int consts = random.Next(1, 5);
                for (int c = 0; c < consts; c++) source.Append("const string K").Append(c).Append(" = ").Append(Expression(random, depth: 1, consts)).Append(";\n");
                if (random.Next(4) == 0) source.Append("const string K0 = \"other\";\n"); // declared twice: no value
                for (int f = 0; f < 3; f++) source.Append("object F").Append(f).Append(" = ").Append(Expression(random, depth: 0, consts)).Append(";\n");
                source.Append("}\n");
                string text = source.ToString();
                HashSet<string> roslyn = RoslynValues(text);
                IReadOnlyCollection<string>? candidates = Candidates(text);
                if (candidates is null) continue;
                read++;
                valued += roslyn.Count;
                foreach (string value in roslyn) Assert.True(candidates.Contains(value), "'" + value + "' not computed in:\n" + text);
            }

            // Most sources were read, and they held folds with a value: the comparison tested something.
            Assert.True(read > 2000 && valued > 1500, read + " read, " + valued + " values");
        }

        private static string Expression(System.Random random, int depth, int consts)
        {
            string Operand() => Expression(random, depth + 1, consts);
            string Name() => "K" + random.Next(consts + 1); // one more than declared: a name that is no const
            if (depth > 3) return random.Next(2) == 0 ? "\"" + (char)('a' + random.Next(26)) + "\"" : Name();
            if (random.Next(3) > 0)
            {
                // Mostly the shapes that keep a value, so that many folds have one.
                return random.Next(6) switch
                {
                    0 => "\"" + (char)('a' + random.Next(26)) + "\"",
                    1 => Name(),
                    2 => "(" + Operand() + ")",
                    3 => "$\"<{" + Operand() + "}>\"",
                    _ => Operand() + " + " + Operand(),
                };
            }

            return random.Next(31) switch
            {
                0 => "\"a\\u0062\\tc\"",
                1 => "@\"x\"\"y\"",
                2 => "\"\"\"raw\"\"\"",
                3 => "'c'",
                4 => "1",
                5 => "C." + Name(),
                6 => "global::N.C." + Name(),
                7 => "G<int, string>." + Name(),
                8 => "nameof(" + Name() + ")",
                9 => "nameof(C." + Name() + ")",
                10 => "$\"{" + Name() + "}-{{x}}\\n{" + Operand() + "}\"",
                11 => "$\"{" + Name() + ",5}\"",
                12 => "$\"{" + Name() + ":N2}\"",
                13 => "$@\"{" + Operand() + "}\"\"\"",
                14 => "$\"{$\"{" + Name() + "}\"}{'x'}\"",
                15 => "(" + Operand() + ")",
                16 => "((string)" + Operand() + ")",
                17 => "M(" + Operand() + ", " + Operand() + ")",
                18 => "new D(" + Operand() + ")." + Name(),
                19 => "x!." + Name(),
                20 => "x?." + Name(),
                21 => "a[0]." + Name(),
                22 => Operand() + " - " + Operand(),
                23 => Operand() + " * " + Operand(),
                24 => "(b ? " + Operand() + " : " + Operand() + ")",
                25 => Operand() + " ?? " + Operand(),
                26 => "-" + Operand(),
                27 => "F<int>(" + Operand() + ")." + Name(),
                28 => random.Next(3) switch
                {
                    0 => "$\"\"\"<{" + Operand() + "}>\"\"\"",
                    1 => "$$\"\"\"{x}{{" + Name() + "}}\"\"\"",
                    _ => "$\"\"\"\n    a{" + Name() + "}\r\n      b\\n{" + Operand() + "}\n    \"\"\"",
                },
                _ => Operand() + " + " + Operand(),
            };
        }

        // The values CSharpSecretFinder's AddConstant reads: outermost additions and interpolated strings SameFileConstants folds.
        private static HashSet<string> RoslynValues(string source)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot();
            var constants = new SameFileConstants(root);
            var values = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (SyntaxNode node in root.DescendantNodes())
            {
                if (!node.IsKind(SyntaxKind.AddExpression) && !node.IsKind(SyntaxKind.InterpolatedStringExpression)) continue;
                SyntaxNode? parent = node.Parent;
                while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
                if (parent != null && (parent.IsKind(SyntaxKind.AddExpression) || parent.IsKind(SyntaxKind.Interpolation))) continue;
                if (constants.ValueOf((ExpressionSyntax)node) is string value) values.Add(value);
            }

            return values;
        }

        private static IReadOnlyCollection<string>? Candidates(string source)
        {
            var tokens = new List<LexToken>();
            CSharpLiteralLexer.Lex(source, tokens);
            return ConstantFolds.CandidateValues(tokens);
        }
    }
}
