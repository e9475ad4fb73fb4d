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
            [Fact]
        public void Nesting_up_to_64_levels_is_read_and_deeper_is_an_error_not_a_stack_overflow()
        {
            string Nested(int depth) => new string('[', depth) + "\"x\"" + new string(']', depth);
            SettingValue deepest = Assert.Single(JsonSettingsReader.Read(Nested(64)).Settings);
            Assert.Equal(string.Join(":", Enumerable.Repeat("0", 64)), deepest.Path);

            JsonSettingsResult tooDeep = JsonSettingsReader.Read(Nested(65));
            Assert.Contains("depth of 64", tooDeep.Error);
            Assert.Equal((1, 65), (tooDeep.Line, tooDeep.Column));
            Assert.Contains("depth of 64", JsonSettingsReader.Read(new string('[', 100_000)).Error);
        }

        [Theory]
        [InlineData("{ \"A\": \"x\" } }", "after a single JSON value", 1, 14)]
        [InlineData("{ \"A\": 01 }", "within a number", 1, 9)]
        [InlineData("{ \"A\": tru }", "invalid start of a value", 1, 8)]
        [InlineData("{ \"A\": \"x\\q\" }", "not a valid escape", 1, 10)]
        [InlineData("{ \"A\": \"\\uD800\" }", "surrogate", 1, 9)]
        [InlineData("{ \"A\":\n  \"line\nbreak\" }", "correctly escaped", 2, 8)]
        [InlineData("{ /* open \"A\": 1 }", "comment is not closed", 1, 3)]
        [InlineData("{ A: 1 }", "property name", 1, 3)]
        [InlineData("", "no JSON value", 1, 1)]
        public void Each_kind_of_malformed_json_is_named_at_its_line_and_column(string json, string message, int line, int column)
        {
            JsonSettingsResult result = JsonSettingsReader.Read(json);
            Assert.Contains(message, result.Error);
            Assert.Equal((line, column), (result.Line, result.Column));
        }

        [Fact]
        public void An_unpaired_surrogate_in_the_text_is_an_error()
        {
            JsonSettingsResult result = JsonSettingsReader.Read("{ \"A\": \"" + (char)0xD800 + "\" }");
            Assert.Contains("unpaired UTF-16 surrogate", result.Error);
            Assert.Equal((1, 9), (result.Line, result.Column));
        }

        [Fact]
        public void Literals_keep_their_written_form_and_position()
        {
            string json = "\uFEFF{ \"N\": -1.5e3, \"T\": true, \"F\": false, \"Z\": null, \"S\": \"\\ud83d\\ude00\" }";
            JsonSettingsResult result = JsonSettingsReader.Read(json);
            Assert.Null(result.Error);
            Assert.Equal(new[] { "N=-1.5e3", "T=true", "F=false" }, result.Literals.Select(l => l.Path + "=" + json.Substring(l.ValueStart, l.ValueLength)));
            Assert.Equal("😀", Assert.Single(result.Settings).Value);
        }

        [Fact]
        public void Bytes_must_be_strict_utf8_and_a_bad_byte_is_reported_at_its_line_and_column()
        {
            byte[] good = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("{ \"Key\": \"héllo\" }")).ToArray();
            Assert.Equal("héllo", Assert.Single(JsonSettingsReader.Read(good).Settings).Value);

            byte[] bad = System.Text.Encoding.UTF8.GetBytes("{\n  \"é\": \"x").Concat(new byte[] { 0xFF }).Concat(System.Text.Encoding.UTF8.GetBytes("y\" }")).ToArray();
            JsonSettingsResult result = JsonSettingsReader.Read(bad);
            Assert.Equal("file is not valid UTF-8", result.Error);
            Assert.Equal((2, 10), (result.Line, result.Column));
        }
    }
}
