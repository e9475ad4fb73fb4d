using System.Collections.Generic;
using System.Linq;
using TokenGuard.Detection;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// The rules kept one provider a file (Detection/Rules/Providers) in the shapes peers' rule tests and .NET
    /// repositories write them: names assigned in every syntax, curl command lines, Kubernetes manifests, nuget.config.
    /// </summary>
    public class ProviderRulesTests
    {
        private const string Hex = "0123456789abcdef";

        private static string Only(string text) => Assert.Single(TokenScanner.Default.Scan(text)).Rule.Id;

        public static TheoryData<string> AssignmentShapes()
        {
            string uuid = Uuid(300);
            return new TheoryData<string>
            {
                "SNYK_TOKEN=" + uuid,
                "export SNYK_TOKEN=\"" + uuid + "\"",
                "const SNYK_KEY = \"" + uuid + "\"",
                "SNYK_TOKEN := \"" + uuid + "\"",
                "SNYK_TOKEN ::= \"" + uuid + "\"",
                "SNYK_API_KEY ?= \"" + uuid + "\"",
                "snyk_oauth_token: " + uuid,
                "{ \"snykToken\": \"" + uuid + "\" }",
                "Environment.SetEnvironmentVariable(\"SNYK_TOKEN\", \"" + uuid + "\");",
                "<SnykToken>" + uuid + "</SnykToken>",
                "private const string SnykApiToken = \"" + uuid.ToUpperInvariant() + "\";",
            };
        }

        [Theory]
        [MemberData(nameof(AssignmentShapes))]
        public void A_name_assigned_a_value_is_found_in_every_syntax(string text) => Assert.Equal("snyk-api-token", Only(text));

        [Theory]
        [InlineData("SONAR_TOKEN")]
        [InlineData("sonar.login")]
        [InlineData("SONAR_LOGIN")]
        public void Sonar_tokens_are_found_with_and_without_their_prefix(string name)
        {
            Assert.Equal("sonarqube-legacy-token", Only(name + "=" + Random(Hex, 40, 301)));
            Assert.Equal("sonarqube-token", Only(name + "=" + "sq" + "p_" + Random(Hex, 40, 302)));
        }

        [Fact]
        public void A_curl_header_continued_over_lines_is_found_and_a_known_format_in_it_reported_as_that_format()
        {
            string bearer = Random(Alphanumeric + "-_.", 48, 303);
            Assert.Equal("curl-auth-header", Only("curl -X POST \\\n  -H \"Content-Type: application/json\" \\\n  -H 'Authorization: Bearer " + bearer + "' \\\n  https://api.example.com/v1/orders"));
            Assert.Equal("curl-auth-header", Only("curl --header \"X-API-Key: " + bearer + "\" https://api.example.com"));
            Assert.Equal("github-classic", Only("curl -H \"Authorization: token " + GitHubClassic(304) + "\" https://api.github.com/user"));
        }

        [Theory]
        [InlineData("curl -u \"deploy:{0}\" https://ci.example.com")]
        [InlineData("curl --user deploy:{0} https://ci.example.com")]
        [InlineData("curl -s --user='deploy:{0}' https://ci.example.com")]
        public void Curl_user_passwords_are_found(string format) =>
            Assert.Equal("curl-basic-auth", Only(string.Format(format, Random(Alphanumeric, 14, 305))));

        [Theory]
        [InlineData("curl -u admin:changeit https://ci.example.com")]
        [InlineData("curl -u \"$USER:$PASS\" https://ci.example.com")]
        [InlineData("curl -u user:[password] https://ci.example.com")]
        [InlineData("curl -u ${{ secrets.USER }}:${{ secrets.PASS }} https://ci.example.com")]
        [InlineData("curl -H \"Authorization: Bearer ${TOKEN}\" https://api.example.com")]
        [InlineData("curl -H \"Authorization: Bearer $(cat token.txt)\" https://api.example.com")]
        [InlineData("curl -H \"Authorization: Basic {{ .Values.auth }}\" https://api.example.com")]
        public void Curl_placeholders_and_variables_are_not_reported(string text) => Assert.Empty(TokenScanner.Default.Scan(text));

        [Fact]
        public void A_kubernetes_secret_is_found_under_data_and_stringData_but_not_across_documents()
        {
            string value = KubernetesSamples.Base64Of(Random(Alphanumeric, 20, 306));
            Assert.Equal("kubernetes-secret-value", Only(KubernetesSamples.KubernetesSecret("token: " + value)));
            Assert.Equal("kubernetes-secret-value", Only(KubernetesSamples.KubernetesSecret("token: \"" + Random(Alphanumeric, 20, 307) + "\"", section: "stringData")));
            Assert.Equal("kubernetes-secret-value", Only(KubernetesSamples.KubernetesSecret("token: " + value).Replace("\n", "\r\n")));

            string otherDocument = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\ntype: Opaque\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  CATALOG_URL: " + value + "\n";
            Assert.Empty(TokenScanner.Default.Scan(otherDocument));
        }

        [Theory]
        [InlineData("<add key=\"ClearTextPassword\" value=\"{0}\" />")]
        [InlineData("<add key='ClearTextPassword' value='{0}'/>")]
        [InlineData("<add key=\"cleartextpassword\"\n     value=\"{0}\" />")]
        public void A_nuget_config_cleartext_password_is_found(string format) =>
            Assert.Equal("nuget-config-cleartext-password", Only(string.Format(format, Random(Alphanumeric + "!-", 18, 308))));

        [Fact]
        public void A_sidekiq_url_is_reported_once_as_sidekiq_not_as_url_credentials() =>
            Assert.Equal("sidekiq-sensitive-url", Only("https://" + Random(Hex, 8, 309) + ":" + Random(Hex, 8, 310) + "@enterprise.contribsys.com:443/path?x=1"));

        [Fact]
        public void A_service_account_key_file_with_its_private_key_is_reported_for_the_key_and_its_id_in_either_order()
        {
            string body = Random(Alphanumeric + "+/", 64 * 3, 311);
            string key = "\"private_key\": \"-----BEGIN " + "PRIVATE KEY-----\\n" + body.Substring(0, 64) + "\\n" + body.Substring(64, 64) + "\\n" + body.Substring(128) + "\\n-----END " + "PRIVATE KEY-----\\n\"";
            string id = "\"private_key_id\": \"" + Random(Hex, 40, 312) + "\"";
            foreach (string file in new[] { "{ \"type\": \"service_" + "account\", " + id + ", " + key + " }", "{ " + key + ", " + id + ", \"type\": \"service_" + "account\" }" })
            {
                string[] rules = TokenScanner.Default.Scan(file).Select(finding => finding.Rule.Id).OrderBy(rule => rule).ToArray();
                Assert.Equal(new[] { "gcp-service-account-key", "private-key" }, rules);
            }
        }

        [Theory]
        [InlineData("", "cli")]
        [InlineData("TS_AUTHKEY_", "auth")]
        [InlineData("0", "api")]
        public void A_tailscale_key_of_any_kind_is_found_after_an_underscore_or_a_digit(string before, string kind) =>
            Assert.Equal("tailscale-key", Only(before + "ts" + "key-" + kind + "-" + Random(Alphanumeric, 12, 313) + "-" + Random(Alphanumeric, 24, 314)));

        [Fact]
        public void A_slack_workspace_token_of_two_numbers_is_found()
        {
            string digits = "0123456789";
            Assert.Equal("slack-token", Only("xo" + "xa-" + Random(digits, 11, 315) + "-" + Random(digits, 13, 316)));
        }

        [Fact]
        public void Migrated_rules_keep_their_ids()
        {
            string[] migrated = { "cloudflare-origin-ca-key", "heroku-api-key", "flyio-token", "huggingface-token", "facebook-access-token", "nuget-api-key", "linear-api-key" };
            Assert.All(migrated, id => Assert.Contains(KnownTokenRules.All, rule => rule.Id == id));
        }

        /// <summary>More rules than the old two 64-bit masks held: the last one is still a candidate.</summary>
        [Fact]
        public void The_keyword_index_reaches_rules_beyond_the_128th()
        {
            var rules = new List<TokenRule>();
            for (int i = 0; i < 200; i++)
            {
                string prefix = "k" + i.ToString("D3") + "_";
                rules.Add(new TokenRule(id: "rule-" + i, provider: "Test", description: "test rule " + i, confidence: TokenConfidence.High,
                    keywords: new[] { prefix }, pattern: prefix + "[a-f0-9]{16}", visiblePrefixLength: 5));
            }

            var scanner = new TokenScanner(rules);
            foreach (int i in new[] { 0, 63, 64, 127, 128, 191, 199 })
                Assert.Equal("rule-" + i, Assert.Single(scanner.Scan("x = k" + i.ToString("D3") + "_" + Random(Hex, 16, i))).Rule.Id);
            Assert.Empty(scanner.Scan("no keyword here"));
        }
    }
}
