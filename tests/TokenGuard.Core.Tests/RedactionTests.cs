namespace TokenGuard.Tests
{
    public class RedactionTests
    {
        [Fact]
        public void Fingerprint_is_sha256_of_utf8_bytes()
        {
            // sha256("abc"), the FIPS 180-2 test vector.
            Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Redaction.Fingerprint("abc"));
        }

        [Fact]
        public void Redacted_form_shows_the_known_prefix_and_a_short_fingerprint_only()
        {
            string token = TestTokens.GitHubClassic();
            string redacted = Redaction.Redact(token, 4);
            Assert.StartsWith(token.Substring(0, 4) + "…(sha256:", redacted);
            Assert.Equal(Redaction.Fingerprint(token).Substring(0, 15), redacted.Substring(6, 15));
            Assert.DoesNotContain(token.Substring(4, 8), redacted);
        }

        [Fact]
        public void Short_values_show_no_characters()
        {
            Assert.StartsWith("…(sha256:", Redaction.Redact("hunter2"));
            Assert.StartsWith("…(sha256:", Redaction.Redact("abcdefgh", 8));
        }
    }
}
