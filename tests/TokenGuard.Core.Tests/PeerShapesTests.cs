using System.Linq;
using TokenGuard.Detection;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Shapes the peers' rule tests (gitleaks, secretlint) hold that TokenGuard missed or over-reported: curl headers
    /// and -u words, Slack's legacy and configuration tokens and webhook variants, URL and connection-string
    /// passwords, file names and key look-alikes. Values assembled at run time.
    /// </summary>
    public class PeerShapesTests
    {
        private const string Hex = "0123456789abcdef";
        private const string Digits = "0123456789";

        private static string Only(string text) => Assert.Single(TokenScanner.Default.Scan(text)).Rule.Id;

        [Theory]
        [InlineData("curl --header  'Authorization:  {uuid}'")]
        [InlineData("curl -X POST --header \"Api-Token: {word}\"")]
        [InlineData("curl -H \"Token: {word}\" -d \"content=hello\" http://localhost:8080/api/tasks")]
        [InlineData("curl -X GET https://octopus.example.com/ \\\n     -H \"X-Octopus-ApiKey: {uuid}\" \\\n")]
        [InlineData("curl -H \"Authorization: Api-Token {word}\" --request PUT https://api.example.com/use/635")]
        public void Curl_headers_without_a_scheme_or_with_a_provider_key_header_are_found(string format)
        {
            string text = format.Replace("{uuid}", Uuid(601)).Replace("{word}", Random(Alphanumeric, 16, 602));
            Assert.Equal("curl-auth-header", Only(text));
        }

        [Theory]
        [InlineData("curl --cacert ca.crt -u elastic:{pw} https://localhost:9200")]
        [InlineData("curl -u \":{pw}\" https://localhost:9200")]
        [InlineData("curl -u \"{pw}:\" https://localhost:9200")]
        [InlineData("curl --user kevin:'{pw}' -iX PATCH -H \"Content-Type: application/json\"")]
        public void Curl_user_words_with_quotes_or_a_token_as_user_are_found(string format) =>
            Assert.Equal("curl-basic-auth", Only(format.Replace("{pw}", Random(Alphanumeric, 14, 603))));

        [Theory]
        [InlineData("curl -u \"admin:\" https://localhost:9200")]
        [InlineData("curl -u \"$API_KEY:\" https://localhost:9200")]
        [InlineData("curl -u user:<password> https://localhost:9200")]
        public void Curl_user_words_without_a_credential_are_not_reported(string text) => Assert.Empty(TokenScanner.Default.Scan(text));

        [Fact]
        public void Slack_legacy_workspace_and_configuration_tokens_are_found()
        {
            Assert.Equal("slack-token", Only("\"bot_token\": \"xo" + "xb-" + Random(Digits, 8, 604) + "-" + Random(Alphanumeric, 20, 605) + "\""));
            Assert.Equal("slack-token", Only("xo" + "xa-2-" + Random(Digits, 9, 606) + "-" + Random(Digits, 11, 607) + "-" + Random(Digits, 13, 608) + "-" + Random(Hex, 18, 609)));
            Assert.Equal("slack-token", Only("\"access_token\": \"xo" + "xe.xoxp-1-" + Random(Alphanumeric, 140, 610) + "\""));
            Assert.Equal("slack-token", Only("refresh_token = \"xo" + "xe-1-" + Random(Alphanumeric, 140, 611) + "\""));
            Assert.Equal("slack-token", Only("xo" + "xo-" + Random(Digits, 6, 612) + "-" + Random(Digits, 6, 613) + "-" + Random(Digits, 6, 614) + "-" + Random(Hex, 18, 615)));
        }

        [Fact]
        public void Slack_webhooks_over_http_and_workflow_webhooks_are_found()
        {
            string team = "T" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 8, 616), app = "A" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 10, 617);
            Assert.Equal("slack-webhook", Only("http://hooks." + "slack.com/services/" + team + "/B" + Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7, 618) + "/" + Random(Alphanumeric, 24, 619)));
            Assert.Equal("slack-webhook", Only("https://hooks." + "slack.com/workflows/" + team + "/" + app + "/" + Random(Digits, 18, 620) + "/" + Random(Alphanumeric, 24, 621)));
        }

        [Fact]
        public void A_url_user_repeated_as_its_password_is_a_local_default_not_a_secret()
        {
            Assert.Empty(TokenScanner.Default.Scan("postgres://postgres:postgres@localhost:5432/orders"));
            Assert.Empty(TokenScanner.Default.Scan("https://username:mypassword@test.example.com/endpoint"));
            Assert.Equal("url-credentials", Only("postgres://orders:" + Random(Alphanumeric, 14, 622) + "@db.example.com:5432/orders"));
        }

        [Fact]
        public void A_connection_string_password_does_not_run_onto_the_next_line()
        {
            Assert.Empty(TokenScanner.Default.Scan("snowflake.password=\njdbc.snowflake.url=\n"));
            Assert.Equal("connection-string-password", Only("Server=db;Password=" + Random(Alphanumeric, 14, 623) + "\nNext=1"));
        }

        [Fact]
        public void Look_alikes_of_key_formats_are_not_reported()
        {
            // A file name with a content hash after ".ico-" is not an Infracost token.
            Assert.Empty(TokenScanner.Default.Scan("http://assets.example.com/media/video_box.ico-" + Random(Hex, 32, 624) + ".png"));
            // OpenAI keys carry T3BlbkFJ between their halves; a sk-proj- string without it is made up.
            Assert.Empty(TokenScanner.Default.Scan("sk-" + "proj-" + Random(Alphanumeric, 120, 625)));
            // Anthropic keys end in AA.
            Assert.Empty(TokenScanner.Default.Scan("sk-" + "ant-api03-" + Random(Alphanumeric, 93, 626) + "BB"));
            Assert.Equal("anthropic-api-key", Only("sk-" + "ant-api03-" + Random(Alphanumeric, 93, 626) + "AA"));
            // Low-entropy fillers after real prefixes.
            Assert.Empty(TokenScanner.Default.Scan("apiKey: \"AIza" + new string('a', 35) + "\""));
            Assert.Empty(TokenScanner.Default.Scan("oktaKey = 00" + new string('0', 33) + "TUVWXYZ"));
            Assert.Empty(TokenScanner.Default.Scan("GR1348941" + "123123123123123123123"[..20]));
        }

        [Fact]
        public void Stripe_prod_keys_and_Shopify_app_secrets_are_found()
        {
            Assert.Equal("stripe-secret-key", Only("rk" + "_prod_" + Random(Alphanumeric, 99, 627)));
            Assert.Equal("shopify-token", Only("shp" + "ss_" + Random(Alphanumeric, 32, 628)));
        }
    }
}
