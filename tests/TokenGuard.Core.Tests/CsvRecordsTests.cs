using System.Linq;
using TokenGuard.Csv;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    public class CsvRecordsTests
    {
        [Fact]
        public void A_quoted_newline_stays_inside_its_field_and_later_records_keep_their_lines()
        {
            var records = CsvRecords.Read(text: "name,principal,status\n\"Payments\nEU, \"\"core\"\"\",team:payments,departed\n\nuser:bob,x,active\n");

            Assert.Equal(new[] { 1, 2, 5 }, records.Select(r => r.Line));
            Assert.Equal(new[] { "Payments\nEU, \"core\"", "team:payments", "departed" }, records[1].Fields);
        }

        [Fact]
        public void An_owners_file_with_a_quoted_newline_in_a_column_is_read()
        {
            var (owners, problems) = OwnerDirectoryLoader.Load(path: "owners.csv", text: "name,principal,status\r\n\"Payments team\r\n(EU)\",team:payments,departed\r\nAlice,user:alice,active\r\n");

            Assert.Empty(problems);
            Assert.Equal("departed", owners!.StatusOf("team:payments"));
            Assert.Equal("active", owners.StatusOf("user:alice"));
        }

        [Fact]
        public void An_unclosed_quote_is_an_error_on_the_line_it_opens()
        {
            var error = Assert.Throws<CsvInputException>(() => CsvRecords.Read(text: "principal,status\nteam:a,active\n\"team:b,active\nteam:c,active\n"));

            Assert.Equal(3, error.Line);
            Assert.Contains("unbalanced quote", error.Message);
        }

        [Fact]
        public void The_separator_is_never_guessed_from_the_content()
        {
            var records = CsvRecords.Read(text: "principal;status\nteam:a;active\n");

            Assert.All(records, r => Assert.Single(r.Fields));
        }

        [Fact]
        public void Errors_never_repeat_the_input()
        {
            string token = TestTokens.GitHubClassic();
            var error = Assert.Throws<CsvInputException>(() => CsvRecords.Read(text: "principal,status\nx\"" + token + ",active\n"));

            Assert.Equal(2, error.Line);
            Assert.DoesNotContain(token, error.Message);
        }

        [Fact]
        public void Control_characters_and_huge_lines_are_errors_on_their_line()
        {
            Assert.Equal(2, Assert.Throws<CsvInputException>(() => CsvRecords.Read(text: "a,b\nc\0,d\n")).Line);
            Assert.Equal(3, Assert.Throws<CsvInputException>(() => CsvRecords.Read(text: "a,b\nc,d\n" + new string('x', CsvRecords.MaxLineLength + 1) + "\n")).Line);
        }
    }
}
