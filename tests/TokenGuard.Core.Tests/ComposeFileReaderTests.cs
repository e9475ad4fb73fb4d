using System.Linq;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class ComposeFileReaderTests
    {
        private static string[] Written(string text, JsonSettingsResult result)
        {
            Assert.Null(result.Error);
            return result.Settings.Select(s => s.Path + "=" + s.Value + "|" + text.Substring(s.ValueStart, s.ValueLength)).ToArray();
        }

        [Fact]
        public void Environment_mappings_and_lists_of_every_service_are_variables()
        {
            string compose = """
                services:
                  api:
                    image: api
                    environment:
                      Stripe__ApiKey: plain
                      QUOTED: "dq"
                      SINGLE: 'sq'
                      PASSTHROUGH:
                      NULLED: null
                    labels: { environment: not-a-variable }
                  worker:
                    environment:
                      - GITHUB_TOKEN=abc
                      - "QUOTED_ITEM=x=y"
                      - HOST_ONLY
                """;
            JsonSettingsResult result = ComposeFileReader.Read(compose);
            Assert.Equal(
                new[] { "Stripe__ApiKey=plain|plain", "QUOTED=dq|dq", "SINGLE=sq|sq", "PASSTHROUGH=|", "NULLED=|null", "GITHUB_TOKEN=abc|abc", "QUOTED_ITEM=x=y|x=y", "HOST_ONLY=|" },
                Written(compose, result));
            Assert.All(result.Settings, s => Assert.Equal(TokenUsage.EnvironmentKind, s.UsageKind));
        }

        [Fact]
        public void Extension_blocks_merged_by_anchors_are_read_where_they_are_written()
        {
            string compose = "x-common: &common\n  environment:\n    SHARED_SECRET: s\r\nservices:\n  a:\n    <<: *common\n    image: a\n  b:\n    environment: *env\n";
            Assert.Equal(new[] { "SHARED_SECRET=s|s" }, Written(compose, ComposeFileReader.Read(compose)));
        }

        [Fact]
        public void Positions_are_character_offsets_after_non_ascii_text_and_flow_style()
        {
            string compose = "# héllo 😀\nservices: { a: { environment: [ \"K=v\", L=w ] } }\n";
            Assert.Equal(new[] { "K=v|v", "L=w|w" }, Written(compose, ComposeFileReader.Read(compose)));
        }

        [Fact]
        public void Deep_nesting_is_an_error_not_a_stack_overflow()
        {
            string compose = new string('[', 100_000) + new string(']', 100_000);
            JsonSettingsResult result = ComposeFileReader.Read(compose);
            Assert.Equal("YAML is nested deeper than 64 levels", result.Error);
        }

        [Theory]
        [InlineData("services:\n  a: [\n")]
        [InlineData("services:\n  a: \"unclosed\n")]
        [InlineData("a: b: c\n")]
        [InlineData("{{{{")]
        public void Malformed_yaml_is_an_error_with_a_position(string compose)
        {
            JsonSettingsResult result = ComposeFileReader.Read(compose);
            Assert.StartsWith("invalid YAML", result.Error);
            Assert.True(result.Line >= 1 && result.Column >= 1);
        }

        [Fact]
        public void Huge_and_binary_files_are_errors()
        {
            Assert.Contains("over the", ComposeFileReader.Read(new string('#', ComposeFileReader.MaxLength + 1)).Error);
            Assert.Contains("NUL", ComposeFileReader.Read("a: \0").Error);
        }
    }
}
