using System.IO;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary><c>scan</c> reads .NET's configuration files with the build's readers, so secrets of no known format are found too.</summary>
    public class ScanSettingsFilesTests
    {
        private static (int ExitCode, string Output) Scan(string root)
        {
            var output = new StringWriter();
            int exit = ScanCommand.Run(root, "text", null, output, new StringWriter(), interactive: false);
            return (exit, output.ToString());
        }

        [Fact]
        public void NuGet_config_clear_text_password_is_found_at_its_value_and_printed_redacted()
        {
            using var directory = new TempDirectory();
            string password = TestTokens.Random(TestTokens.Alphanumeric, 20, 41);
            directory.Write("nuget.config", $"""
                <configuration>
                  <packageSourceCredentials>
                    <Contoso>
                      <add key="Username" value="ci" />
                      <add key="ClearTextPassword" value="{password}" />
                    </Contoso>
                  </packageSourceCredentials>
                </configuration>
                """);

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            // Found once: by the nuget.config format rule, not again as a secret-named setting.
            Assert.Contains("nuget.config(5,43): error TG0001: ", output);
            Assert.Contains("1 token(s)", output);
            Assert.DoesNotContain(password, output);
        }

        [Fact]
        public void A_switch_or_a_number_under_a_secret_name_is_a_setting_not_a_secret()
        {
            // bitwarden/server's dev/docker-compose.yml: MARIADB_RANDOM_ROOT_PASSWORD: "true" was reported as a committed secret.
            using var directory = new TempDirectory();
            directory.Write("docker-compose.yml", "services:\n  db:\n    environment:\n      MARIADB_RANDOM_ROOT_PASSWORD: \"true\"\n      TOKEN_TTL_SECONDS: 3600\n      DB_PASSWORD: \"" + TestTokens.Random(TestTokens.Alphanumeric, 12, 43) + "-7Q\"\n");

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Contains("docker-compose.yml(6,", output);
            Assert.Contains("1 token(s)", output);
        }

        [Fact]
        public void Placeholders_environment_references_and_other_files_are_not_secrets()
        {
            using var directory = new TempDirectory();
            directory.Write("nuget.config", "<configuration><packageSourceCredentials><Feed><add key=\"ClearTextPassword\" value=\"%FEED_PAT%\" /></Feed></packageSourceCredentials></configuration>");
            directory.Write(".env", "DB_PASSWORD=\nAPI_TOKEN=${API_TOKEN}\n");
            directory.Write("notes.config", "<configuration><appSettings><add key=\"Password\" value=\"" + TestTokens.Random(TestTokens.Alphanumeric, 20, 42) + "\" /></appSettings></configuration>");
            directory.Write("web.config", "<!DOCTYPE x [<!ENTITY a \"b\">]><configuration/>");

            var (exit, output) = Scan(directory.Path);

            Assert.Equal(ExitCodes.Clean, exit);
            Assert.Contains("0 token(s)", output);
        }
    }
}
