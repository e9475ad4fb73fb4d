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
    }
}
