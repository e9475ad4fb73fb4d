using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class SettingsFilesTests
    {
        [Theory]
        [InlineData("/r/appsettings.json", SettingsFileKind.AppSettings)]
        [InlineData("appsettings.Production.json", SettingsFileKind.AppSettings)]
        [InlineData("/r/Properties/launchSettings.json", SettingsFileKind.LaunchSettings)]
        [InlineData("Web.config", SettingsFileKind.AppConfig)]
        [InlineData("web.Release.config", SettingsFileKind.AppConfig)]
        [InlineData("App.config", SettingsFileKind.AppConfig)]
        [InlineData("NuGet.Config", SettingsFileKind.NuGetConfig)]
        [InlineData("/r/Properties/PublishProfiles/Azure.pubxml", SettingsFileKind.PublishProfile)]
        [InlineData("docker-compose.yml", SettingsFileKind.Compose)]
        [InlineData("docker-compose.override.yaml", SettingsFileKind.Compose)]
        [InlineData("compose.yaml", SettingsFileKind.Compose)]
        [InlineData(".env", SettingsFileKind.DotEnv)]
        [InlineData(".env.local", SettingsFileKind.DotEnv)]
        [InlineData("service.env", SettingsFileKind.DotEnv)]
        [InlineData("secrets.json", SettingsFileKind.None)]
        [InlineData("packages.config", SettingsFileKind.None)]
        [InlineData("webapp.config", SettingsFileKind.None)]
        [InlineData("Azure.pubxml.user", SettingsFileKind.None)]
        [InlineData("tokens.yaml", SettingsFileKind.None)]
        [InlineData("env", SettingsFileKind.None)]
        public void Kind_is_known_by_the_file_name(string path, SettingsFileKind kind) =>
            Assert.Equal(kind, SettingsFiles.KindOf(path));
    }
}
