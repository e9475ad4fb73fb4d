using System.Text;
using TokenGuard.Detection;
using Xunit;

namespace TokenGuard.Tests
{
    /// <summary>HasRun looks at every minimum-th character only: on random texts it must answer as a count of every run does.</summary>
    public class CharacterRunsTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void Has_run_answers_as_counting_every_character_does(int seed)
        {
            var random = new System.Random(seed);
            int found = 0;
            for (int i = 0; i < 3000; i++)
            {
                var text = new StringBuilder();
                int pieces = random.Next(0, 12);
                for (int p = 0; p < pieces; p++) text.Append(random.Next(2) == 0 ? 'a' : ' ', random.Next(1, 12));
                int minimum = random.Next(1, 14);
                bool expected = LongestRun(text.ToString()) >= minimum;
                if (expected) found++;
                Assert.Equal(expected, CharacterRuns.HasRun(text.ToString(), minimum, c => c == 'a'));
            }

            Assert.True(found > 300 && found < 2700, $"{found} of 3000 texts had a run: both answers must be tested");
        }

        private static int LongestRun(string text)
        {
            int longest = 0, run = 0;
            foreach (char c in text)
            {
                run = c == 'a' ? run + 1 : 0;
                if (run > longest) longest = run;
            }

            return longest;
        }
    }
}
