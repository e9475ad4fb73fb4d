namespace TokenGuard.Settings
{
    /// <summary>The .NET configuration files the build and <c>scan</c> read setting by setting.</summary>
    public enum SettingsFileKind
    {
        /// <summary>Not a settings file.</summary>
        None,

        /// <summary><c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>.</summary>
        AppSettings,

        /// <summary><c>Properties/launchSettings.json</c>.</summary>
        LaunchSettings,

        /// <summary><c>web.config</c>, <c>app.config</c> and their transforms (<c>Web.Release.config</c>).</summary>
        AppConfig,

        /// <summary><c>nuget.config</c>.</summary>
        NuGetConfig,

        /// <summary>Publish profiles, <c>*.pubxml</c>.</summary>
        PublishProfile,

        /// <summary><c>docker-compose*.yml</c>, <c>compose*.yaml</c>.</summary>
        Compose,

        /// <summary><c>.env</c>, <c>.env.*</c>, <c>*.env</c>.</summary>
        DotEnv,
    }
}
