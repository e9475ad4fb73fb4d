using System.Linq;
using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class JsonSettingsReaderTests
    {
        [Fact]
        public void Paths_follow_configuration_keys_with_array_indexes()
        {
            string json = "{\n  \"Stripe\": { \"ApiKey\": \"a\", \"Nested\": { \"Deep\": \"b\" } },\n  \"Clients\": [ { \"Secret\": \"c\" }, \"d\", [\"e\"] ],\n  \"Number\": 3, \"Flag\": true, \"Null\": null, \"Top\": \"f\"\n}";
            JsonSettingsResult result = JsonSettingsReader.Read(json);

            Assert.Null(result.Error);
            Assert.Equal(
                new[] { "Stripe:ApiKey=a", "Stripe:Nested:Deep=b", "Clients:0:Secret=c", "Clients:1=d", "Clients:2:0=e", "Top=f" },
                result.Settings.Select(s => s.Path + "=" + s.Value));
        }

        [Fact]
        public void Comments_and_trailing_commas_are_allowed_like_the_configuration_provider()
        {
            string json = "// settings\n{\n  /* block */ \"A\": \"x\", // line\n  \"B\": [\"y\",],\n}\n";
            JsonSettingsResult result = JsonSettingsReader.Read(json);
            Assert.Null(result.Error);
            Assert.Equal(new[] { "A", "B:0" }, result.Settings.Select(s => s.Path));
        }

        [Fact]
        public void Value_positions_are_character_offsets_even_after_non_ascii_text()
        {
            string json = "{ \"Note\": \"héllo 😀\", \"Key\": \"value\" }";
            SettingValue key = JsonSettingsReader.Read(json).Settings.Single(s => s.Path == "Key");
            Assert.Equal("value", json.Substring(key.ValueStart, key.ValueLength));
        }

        [Fact]
        public void Escaped_values_are_unescaped_and_span_the_written_form()
        {
            string json = "{ \"Key\": \"a\\u0062c\" }";
            SettingValue key = Assert.Single(JsonSettingsReader.Read(json).Settings);
            Assert.Equal("abc", key.Value);
            Assert.Equal("a\\u0062c", json.Substring(key.ValueStart, key.ValueLength));
        }

        [Theory]
        [InlineData("{ \"A\": \"x\" \"B\": 1 }", 1, 12)]
        [InlineData("{\n  \"A\": [1, 2\n}", 3, 1)]
        [InlineData("{ \"A\": ", 1, 8)]
        public void Malformed_json_is_an_error_with_line_and_column(string json, int line, int column)
        {
            JsonSettingsResult result = JsonSettingsReader.Read(json);
            Assert.NotNull(result.Error);
            Assert.Equal(line, result.Line);
            Assert.Equal(column, result.Column);
            Assert.Empty(result.Settings);
            Assert.DoesNotContain("LineNumber", result.Error);
        }

        [Fact]
        public void Binary_and_huge_files_are_errors()
        {
            Assert.Contains("not text", JsonSettingsReader.Read("{\0}").Error);
            Assert.Contains("limit", JsonSettingsReader.Read(new string(' ', JsonSettingsReader.MaxLength + 1)).Error);
        }
    }
}
