namespace TokenGuard.Tests
{
    /// <summary>Source stubs of library types the analyzers recognise, so tests need no package references.</summary>
    internal static class Stubs
    {
        public const string ConfigurationUsings = "using Microsoft.Extensions.Configuration;\nusing Microsoft.Extensions.DependencyInjection;\n";

        // The shape of Microsoft.Extensions.Configuration and Options that matters here, without the packages.
        public const string Configuration =
            "namespace Microsoft.Extensions.Configuration {\n" +
            "  public interface IConfiguration { string? this[string key] { get; set; } IConfigurationSection GetSection(string key); }\n" +
            "  public interface IConfigurationSection : IConfiguration { string Key { get; } string? Value { get; set; } }\n" +
            "  public interface IConfigurationRoot : IConfiguration { }\n" +
            "  public abstract class ConfigurationManager : IConfigurationRoot { public abstract string? this[string key] { get; set; } public abstract IConfigurationSection GetSection(string key); }\n" +
            "  public static class ConfigurationBinder {\n" +
            "    public static T? GetValue<T>(this IConfiguration configuration, string key) => default;\n" +
            "    public static void Bind(this IConfiguration configuration, object? instance) { }\n" +
            "    public static T? Get<T>(this IConfiguration configuration) => default;\n" +
            "  }\n" +
            "  public static class ConfigurationExtensions {\n" +
            "    public static string? GetConnectionString(this IConfiguration configuration, string name) => null;\n" +
            "    public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => null!;\n" +
            "  }\n" +
            "  [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class ConfigurationKeyNameAttribute : System.Attribute { public ConfigurationKeyNameAttribute(string name) { } }\n" +
            "}\n" +
            "namespace Microsoft.Extensions.DependencyInjection {\n" +
            "  public interface IServiceCollection { }\n" +
            "  public static class OptionsConfigurationServiceCollectionExtensions {\n" +
            "    public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration config) where TOptions : class => services;\n" +
            "  }\n" +
            "}\n";

        public const string Azure =
            "namespace Azure { public class AzureKeyCredential { public AzureKeyCredential(string key) { } } }\n" +
            "namespace Stripe { public static class StripeConfiguration { public static string ApiKey { get; set; } = \"\"; } }\n";
    }
}
