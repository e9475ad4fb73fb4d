using System.IO;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// <c>scan</c> asks the generic decision of <c>name = value</c> pairs in text files no parser reads (YAML, properties,
    /// shell, notes), leaves documentation and expressions alone, and reports a committed PKCS#12 private key container.
    /// </summary>
    public class ScanTextAssignmentsTests
    {
        private static (int ExitCode, string Output) Scan(string root)
        {
            var output = new StringWriter();
            int exit = ScanCommand.Run(root, "text", null, output, new StringWriter(), interactive: false);
            return (exit, output.ToString());
        }

        [Fact]
        public void A_random_value_under_a_secret_name_in_yaml_properties_or_notes_is_reported_redacted()
        {
            using var directory = new TempDirectory();
            string secret = TestTokens.Random(TestTokens.Alphanumeric, 32, 61);
            string hex = TestTokens.Random("0123456789abcdef", 64, 62);
            directory.Write("deploy/values.yaml", "service:\n  name: orders\n  client_secret: " + secret + "\n");
            directory.Write("src/main/resources/application.properties", "spring.datasource.url=jdbc:postgresql://db/orders\nstripe.api.token=" + TestTokens.Random(TestTokens.Alphanumeric, 24, 63) + "\n");
            directory.Write("notes.txt", "\"credentials\" : \"" + hex + "\"\n");

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("values.yaml(3,18): error TG0002: ", output);
            Assert.Contains("application.properties(2,18): error TG0002: ", output);
            Assert.Contains("notes.txt(1,18): error TG0002: ", output);
            Assert.Contains("3 token(s)", output);
            Assert.DoesNotContain(secret, output);
            Assert.DoesNotContain(hex, output);
        }

        [Fact]
        public void Documentation_references_prose_expressions_and_id_like_names_are_not_secrets()
        {
            using var directory = new TempDirectory();
            string random = TestTokens.Random(TestTokens.Alphanumeric, 32, 64);
            directory.Write("README.md", "Set `client_secret: " + random + "` in your values file.\n");
            directory.Write("deploy.sh", "export API_TOKEN=$CI_API_TOKEN\nexport DB_PASSWORD=${DB_PASSWORD:-local}\n");
            directory.Write("values.yaml", "token: *defaultToken\nclient_id: " + random + "\nsecret_name: payments-stripe-api-key-2026\npassword: {{ .Values.db.password }}\n");
            directory.Write("app.py", "api_key = os.getenv(\"API_KEY_" + random + "\")\ntoken = settings.api_token_v2\n");
            directory.Write("notes.txt", "the password combination " + random + " is rotated monthly\npublic_token = " + random + "\n");
            directory.Write("ids.yaml", "kms_key_id: " + TestTokens.Random("0123456789abcdef", 8, 65) + "-4f89-11d3-9a0c-0305e82c3301\n");

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Clean, exit);
            Assert.Contains("0 token(s)", output);
        }

        [Fact]
        public void A_random_uuid_is_a_key_under_a_token_name_but_not_a_time_based_one()
        {
            using var directory = new TempDirectory();
            string random = TestTokens.Random("0123456789abcdef", 8, 66) + "-" + TestTokens.Random("0123456789abcdef", 4, 67) + "-4" + TestTokens.Random("0123456789abcdef", 3, 68) + "-9" + TestTokens.Random("0123456789abcdef", 3, 69) + "-" + TestTokens.Random("0123456789abcdef", 12, 70);
            directory.Write("config.ini", "[api]\napi_token = " + random + "\n");
            directory.Write("other.ini", "[api]\napi_token = " + TestTokens.Random("0123456789abcdef", 8, 71) + "-4f89-11d3-9a0c-0305e82c3301\n");

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("config.ini(2,13): error TG0002: ", output);
            Assert.DoesNotContain("other.ini", output);
        }

        [Fact]
        public void A_pkcs12_container_holding_a_key_is_reported_whatever_its_name_and_a_certificate_only_one_is_not()
        {
            using var directory = new TempDirectory();
            File.WriteAllBytes(Path.Combine(directory.Path, "service-account.bin"), Pkcs12Bytes.WithKeyBag(shrouded: true));
            File.WriteAllBytes(Path.Combine(directory.Path, "truststore.p12"), Pkcs12Bytes.CertificatesOnly());

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("service-account.bin(1,1): error TG0001: Private key in a PKCS#12 (.p12 / .pfx) container PKCS#12 …(sha256:", output);
            Assert.DoesNotContain("truststore.p12(", output);
        }
    }
}
