using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;

namespace TokenGuard.Tests
{
    /// <summary>The configuration files besides appsettings*.json: same rules, same ids, at the value's exact position.</summary>
    public class ConfigurationFilesAnalyzerTests
    {
        private const string GitHubEntry =
            "  - id: github\n    owner: team:x\n    system: github\n    scope: [repo]\n    created: 2026-01-01\n    expires: 2026-12-01\n    usages:\n      - env: GITHUB_TOKEN\n";

        private static Task RunAsync(string path, string text, string? manifest = Manifests.Stripe, string? globalConfig = null, params DiagnosticResult[] expected)
        {
            var test = new AnalyzerTest<AppSettingsAnalyzer>("class C { }", manifest, globalConfig);
            test.TestState.AdditionalFiles.Add((path, text));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task Web_config_app_setting_token_is_TG0004_at_the_token() =>
            RunAsync("/0/Web.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="GitHub:Token" value="{"{|TG0004:" + TestTokens.GitHubClassic() + "|}"}" />
                    <add key="Stripe:ApiKey" value="" />
                  </appSettings>
                </configuration>
                """, Manifests.Stripe + GitHubEntry.Replace("env: GITHUB_TOKEN", "config: GitHub:Token"));

        [Fact]
        public Task App_config_connection_string_password_is_TG0004_and_unregistered_keys_TG0005()
        {
            string password = TestTokens.Random(TestTokens.Alphanumeric, 16, 31);
            return RunAsync("/0/App.config", $"""
                <configuration>
                  <connectionStrings>
                    <add name="Orders" connectionString="Server=db;User Id=app;Password={"{|TG0004:" + password + "|}"};" />
                  </connectionStrings>
                  <appSettings>
                    <add key="SendGrid:ApiKey" value={"{|#0:\"\"|}"} />
                  </appSettings>
                </configuration>
                """, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0).WithArguments("SendGrid:ApiKey", "App.config", "tokens.yaml", "config"));
        }

        [Fact]
        public Task NuGet_config_clear_text_password_is_a_committed_secret()
        {
            string password = TestTokens.Random(TestTokens.Alphanumeric, 20, 32);
            return RunAsync("/0/nuget.config", $"""
                <configuration>
                  <packageSourceCredentials>
                    <Contoso>
                      <add key="Username" value="ci" />
                      <add key="ClearTextPassword" value="{"{|#0:" + password + "|}"}" />
                    </Contoso>
                  </packageSourceCredentials>
                </configuration>
                """, Manifests.Stripe.Replace("      - config: Partners:*\n", "      - config: packageSourceCredentials:*\n"), null,
                new DiagnosticResult(Descriptors.AppSettingsTokenValue).WithLocation(0)
                    .WithArguments("packageSourceCredentials:Contoso:ClearTextPassword", "nuget.config", "secret", Redaction.Redact(password)));
        }

        [Fact]
        public Task Publish_profile_password_is_TG0004_and_an_environment_usage()
        {
            string password = TestTokens.Random(TestTokens.Alphanumeric, 18, 33);
            return RunAsync("/0/Properties/PublishProfiles/Prod.pubxml", $"""
                <Project>
                  <PropertyGroup>
                    <WebPublishMethod>MSDeploy</WebPublishMethod>
                    <UserName>$app</UserName>
                    <Password>{"{|#0:" + password + "|}"}</Password>
                  </PropertyGroup>
                </Project>
                """, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsTokenValue).WithLocation(0).WithArguments("Password", "Prod.pubxml", "secret", Redaction.Redact(password)),
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0).WithArguments("Password", "Prod.pubxml", "tokens.yaml", "env"));
        }

        [Fact]
        public Task Launch_settings_environment_variables_are_checked_and_are_env_usages() =>
            RunAsync("/0/Properties/launchSettings.json", """
                {
                  "profiles": {
                    "Api": {
                      "commandName": "Project",
                      "environmentVariables": {
                        "ASPNETCORE_ENVIRONMENT": "Development",
                        "STRIPE_API_KEY": "",
                        "OPENAI_API_KEY": {|#0:""|}
                      }
                    }
                  }
                }
                """, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0).WithArguments("OPENAI_API_KEY", "launchSettings.json", "tokens.yaml", "env"));

        [Fact]
        public Task Compose_environment_in_both_forms() =>
            RunAsync("/0/docker-compose.yml", $"""
                services:
                  api:
                    environment:
                      GITHUB_TOKEN: {"{|TG0004:" + TestTokens.GitHubClassic(seed: 2) + "|}"}
                      STRIPE_API_KEY: ${"{"}STRIPE_API_KEY{"}"}
                  worker:
                    environment:
                      - "Stripe__ApiKey={"{|TG0004:" + TestTokens.StripeSecret(seed: 3) + "|}"}"
                      - {"{|#0:SLACK_TOKEN|}"}
                """, Manifests.Stripe + GitHubEntry, null,
                new DiagnosticResult(Descriptors.AppSettingsUnregisteredKey).WithLocation(0).WithArguments("SLACK_TOKEN", "docker-compose.yml", "tokens.yaml", "env"));

        [Fact]
        public Task Dot_env_values_are_checked_with_comments_quotes_and_export() =>
            RunAsync("/0/.env", $"""
                # local development
                export GITHUB_TOKEN={"{|TG0004:" + TestTokens.GitHubClassic(seed: 4) + "|}"} # rotate monthly
                STRIPE_API_KEY="{"{|TG0004:" + TestTokens.StripeSecret(seed: 5) + "|}"}"
                LOG_LEVEL=debug
                """, Manifests.Stripe + GitHubEntry);

        [Fact]
        public Task Hostile_xml_is_one_TG0008_not_a_crash() =>
            RunAsync("/0/web.config", """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <configuration><appSettings><add key="K" value="&lol2;" /></appSettings></configuration>
                """, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.SettingsFileUnreadable).WithSpan("/0/web.config", 2, 1, 2, 1)
                    .WithArguments("web.config", "a DTD (<!DOCTYPE …>) is not allowed in a configuration file"));

        [Fact]
        public Task Deeply_nested_compose_file_is_one_TG0008() =>
            RunAsync("/0/compose.yaml", new string('[', 5000) + new string(']', 5000), Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.SettingsFileUnreadable).WithSpan("/0/compose.yaml", 1, 65, 1, 65)
                    .WithArguments("compose.yaml", "YAML is nested deeper than 64 levels"));

        [Theory]
        [InlineData("/0/web.config", "TokenGuardCheckAppConfig")]
        [InlineData("/0/.env", "TokenGuardCheckDotEnvFiles")]
        public Task A_kind_switched_off_is_not_read(string path, string property) =>
            RunAsync(path, path.EndsWith(".env") ? "GITHUB_TOKEN=" + TestTokens.GitHubClassic() : "<configuration><appSettings><add key=\"T\" value=\"" + TestTokens.GitHubClassic() + "\"/></appSettings></configuration>",
                Manifests.Stripe, "build_property." + property + " = false\n");

        [Fact]
        public async Task Registered_keys_are_located_as_usages_with_their_kind()
        {
            var test = new AnalyzerTest<AppSettingsAnalyzer>("class C { }", Manifests.Stripe);
            test.DisabledDiagnostics.Remove(DiagnosticIds.TokenUsageLocated);
            test.TestState.AdditionalFiles.Add(("/0/.env", "{|#0:STRIPE_API_KEY|}=\n"));
            test.TestState.AdditionalFiles.Add(("/0/web.config", "<configuration><appSettings><add key=\"Stripe:ApiKey\" value={|#1:\"\"|}/></appSettings></configuration>"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.TokenUsageLocated).WithLocation(0).WithArguments("stripe-checkout", "tokens.yaml", "team:payments", "2027-01-10"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.TokenUsageLocated).WithLocation(1).WithArguments("stripe-checkout", "tokens.yaml", "team:payments", "2027-01-10"));
            await test.RunAsync();
        }
    }
}
