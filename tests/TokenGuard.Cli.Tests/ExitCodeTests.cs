using System;
using System.IO;
using TokenGuard.Cli;
using TokenGuard.Cli.Terminal;

namespace TokenGuard.Tests
{
    /// <summary>The documented exit codes for what the command line itself decides (issue 13).</summary>
    public class ExitCodeTests
    {
        [Theory]
        [InlineData("--today", "2026-13-01")]
        [InlineData("--min-coverage", "abc")]
        [InlineData("--min-coverage", "NaN")]
        [InlineData("--min-coverage", "101")]
        [InlineData("--format", "xml")]
        public void An_invalid_option_value_is_unusable_input_not_a_failed_audit(string option, string value)
        {
            var errors = new StringWriter();

            int exit = Program.Run(new[] { "audit", "--inventory", "missing.json", "--github", "g.json", option, value }, errors);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.StartsWith("tokenguard: ", errors.ToString());
            Assert.DoesNotContain("   at ", errors.ToString());
        }

        [Fact]
        public void An_invalid_option_value_holding_a_token_is_printed_redacted()
        {
            string token = TestTokens.GitHubClassic(seed: 61);
            var errors = new StringWriter();

            int exit = Program.Run(new[] { "audit", "--inventory", "i.json", "--github", "g.json", "--today", token }, errors);

            Assert.Equal(ExitCodes.UnusableInput, exit);
            Assert.DoesNotContain(token, errors.ToString());
            Assert.Contains("ghp_…(sha256:", errors.ToString());
        }

        [Fact]
        public void An_unexpected_exception_is_one_line_naming_a_redacted_details_file()
        {
            string token = TestTokens.StripeSecret(seed: 62);
            var errors = new StringWriter();

            int exit = CrashReport.Write(new InvalidOperationException("broke near " + token), errors);

            Assert.Equal(ExitCodes.InternalError, exit);
            string line = errors.ToString().TrimEnd('\n', '\r');
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain(token, line);
            string details = System.Text.RegularExpressions.Regex.Match(line, @"details in (\S+\.txt)").Groups[1].Value;
            Assert.True(File.Exists(details), line);
            string written = File.ReadAllText(details);
            File.Delete(details);
            Assert.Contains("InvalidOperationException", written);
            Assert.DoesNotContain(token, written);
        }

        [Fact]
        public void Standard_output_is_redacted_a_line_at_a_time_even_when_written_in_pieces()
        {
            string token = TestTokens.GitHubClassic(seed: 63);
            var inner = new StringWriter();
            using (var gated = new RedactingTextWriter(inner))
            {
                gated.Write("found ");
                foreach (char c in token) gated.Write(c);
                gated.WriteLine(" here");
                gated.Write("unfinished " + token);
            }

            Assert.DoesNotContain(token, inner.ToString());
            Assert.Contains("found ghp_…(sha256:", inner.ToString());
            Assert.EndsWith("unfinished " + Redaction.Redact(token, knownPrefixLength: 4), inner.ToString());
        }

        [Fact]
        public void A_line_redrawn_after_a_carriage_return_is_passed_on_at_once()
        {
            var inner = new StringWriter();
            var gated = new RedactingTextWriter(inner);

            gated.Write("Scanning 10%\r");

            Assert.Equal("Scanning 10%\r", inner.ToString());
        }

        [Fact]
        public void Control_characters_and_bidirectional_overrides_are_shown_as_escapes()
        {
            Assert.Equal("a\\x1b[2Jb\\x07c\\u202ed", TerminalText.Safe("a\u001b[2Jb\u0007c\u202ed"));
            Assert.Equal("plain text", TerminalText.Safe("plain text"));
        }
    }
}
