using System.Linq;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class DotEnvReaderTests
    {
        [Fact]
        public void Reads_keys_values_comments_quotes_and_export_like_compose()
        {
            string env = "# comment\n\nSTRIPE_API_KEY=plain value # note\nexport GITHUB_TOKEN=\"dq\\\"x\"\r\n  SINGLE = 'lit\\n' # c\nEMPTY=\nNOTE= # only a comment\nHASH=a#b\nnot a line\n=nokey\n";
            JsonSettingsResult result = DotEnvReader.Read(env);
            Assert.Null(result.Error);
            Assert.Equal(
                new[] { "STRIPE_API_KEY=plain value|plain value", "GITHUB_TOKEN=dq\"x|dq\\\"x", "SINGLE=lit\\n|lit\\n", "EMPTY=|", "NOTE=|", "HASH=a#b|a#b" },
                result.Settings.Select(s => s.Path + "=" + s.Value + "|" + env.Substring(s.ValueStart, s.ValueLength)));
            Assert.All(result.Settings, s => Assert.Equal(TokenUsage.EnvironmentKind, s.UsageKind));
            Assert.Equal(new[] { false, true, true, false, false, false }, result.Settings.Select(s => s.Quoted));
        }

        [Fact]
        public void Double_quoted_values_may_span_lines()
        {
            string env = "KEY=\"-----BEGIN X-----\nabc\n-----END X-----\"\nNEXT=1\n";
            JsonSettingsResult result = DotEnvReader.Read(env);
            Assert.Equal(new[] { "KEY", "NEXT" }, result.Settings.Select(s => s.Path));
            Assert.Equal("-----BEGIN X-----\nabc\n-----END X-----", result.Settings[0].Value);
        }

        [Fact]
        public void An_unclosed_quote_is_read_as_an_unquoted_value_to_the_line_end()
        {
            SettingValue setting = Assert.Single(DotEnvReader.Read("KEY='abc\n").Settings);
            Assert.Equal("'abc", setting.Value);
        }

        [Fact]
        public void Hostile_input_is_an_error_or_linear()
        {
            Assert.Contains("NUL", DotEnvReader.Read("A=\0").Error);
            Assert.Contains("over the", DotEnvReader.Read(new string('x', DotEnvReader.MaxLength + 1)).Error);
            Assert.Empty(DotEnvReader.Read(new string('=', 1_000_000)).Settings);
            Assert.Single(DotEnvReader.Read("A=\"" + new string('\\', 999_999)).Settings);
            // Each opening quote closes the previous one's value, as in dotenv: half as many values, still linear.
            Assert.Equal(100_000, DotEnvReader.Read(string.Concat(Enumerable.Repeat("K=\"\n", 200_000))).Settings.Count);
        }
    }
}
