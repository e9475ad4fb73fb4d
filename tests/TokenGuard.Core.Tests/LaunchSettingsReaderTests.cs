using System.Linq;
using TokenGuard.Manifest;
using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class LaunchSettingsReaderTests
    {
        [Fact]
        public void Environment_variables_of_every_profile_are_environment_usages()
        {
            string json = """
                {
                  "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:1" } },
                  "profiles": {
                    "Api": { "commandName": "Project", "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "Stripe__ApiKey": "v" } },
                    "IIS": { "environmentVariables": { "GITHUB_TOKEN": "" } }
                  }
                }
                """;
            JsonSettingsResult result = LaunchSettingsReader.Read(json);
            Assert.Null(result.Error);
            Assert.Equal(new[] { "ASPNETCORE_ENVIRONMENT=Development", "Stripe__ApiKey=v", "GITHUB_TOKEN=" },
                result.Settings.Select(s => s.Path + "=" + json.Substring(s.ValueStart, s.ValueLength)));
            Assert.All(result.Settings, s => Assert.Equal(TokenUsage.EnvironmentKind, s.UsageKind));
        }

        [Fact]
        public void Malformed_json_is_the_json_readers_error()
        {
            Assert.StartsWith("invalid JSON", LaunchSettingsReader.Read("{ \"profiles\": ").Error);
        }
    }
}
