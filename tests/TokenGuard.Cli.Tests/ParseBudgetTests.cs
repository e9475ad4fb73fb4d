using System.Linq;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    public class ParseBudgetTests
    {
        [Fact]
        public void Ordinary_code_is_parsed()
        {
            string line = "    var m = new int[3][]; m[0] = new[] { a[b[i]], (x + (y * z)) }; [Obsolete] void M() { }\n";
            Assert.True(ParseBudget.IsTractable(string.Concat(Enumerable.Repeat(line, 10_000))));
        }

        [Theory]
        [InlineData(20_000, 1)]
        [InlineData(8, 60_000)]
        public void Nested_square_brackets_the_parser_reads_super_linearly_are_left_to_the_text_rules(int depth, int repeats)
        {
            string nest = new string('[', depth) + new string(']', depth);
            Assert.False(ParseBudget.IsTractable("class C { string k" + string.Concat(Enumerable.Repeat(nest, repeats)) + " = \"x\"; }"));
        }

        [Fact]
        public void Nesting_deeper_than_any_code_is_left_to_the_text_rules() =>
            Assert.False(ParseBudget.IsTractable(new string('(', ParseBudget.MaxNesting + 1)));

        [Fact]
        public void Random_bracket_runs_get_the_answer_of_a_plain_count()
        {
            // Brackets at every offset of the vector blocks, and characters one bit away from a bracket's code.
            const string others = "ab \n;=\u015B\u017B\u0128\u2028\u0008\u005A\u007A";
            const string brackets = "([{)]}";
            var random = new System.Random(18);
            int tractable = 0, intractable = 0;
            for (int round = 0; round < 3000; round++)
            {
                // Each text its own mix: mostly openings some rounds, so both limits are reached.
                int opens = random.Next(1, 8), closes = random.Next(0, 4), plain = random.Next(0, 12);
                var text = new System.Text.StringBuilder();
                for (int length = random.Next(0, 2500); text.Length < length;)
                {
                    int pick = random.Next(opens + closes + plain);
                    text.Append(pick < opens ? brackets[random.Next(3)] : pick < opens + closes ? brackets[3 + random.Next(3)] : others[random.Next(others.Length)]);
                }

                bool expected = CountedTractable(text.ToString());
                Assert.Equal(expected, ParseBudget.IsTractable(text.ToString()));
                if (expected) tractable++;
                else intractable++;
            }

            Assert.True(tractable > 300 && intractable > 300, tractable + " tractable, " + intractable + " not");
        }

        // The budget as a plain loop over every character.
        private static bool CountedTractable(string text)
        {
            int nesting = 0, squareDepth = 0;
            long squareWork = 0, allowedSquareWork = 4096 + text.Length / 8;
            foreach (char c in text)
            {
                if (c == '[' && (squareWork += ++squareDepth) > allowedSquareWork) return false;
                if ((c == '(' || c == '[' || c == '{') && ++nesting > ParseBudget.MaxNesting) return false;
                if (c == ']' && squareDepth > 0) squareDepth--;
                if ((c == ')' || c == ']' || c == '}') && nesting > 0) nesting--;
            }

            return true;
        }
    }
}
