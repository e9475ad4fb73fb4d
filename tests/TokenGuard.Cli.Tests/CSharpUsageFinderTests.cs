using System.Linq;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Token reads scan and init see in C# from syntax (issue 14): the shapes the analyzers trace, and none of the
    /// look-alikes the old text patterns reported (initializers, unrelated indexers, commented code).
    /// </summary>
    public class CSharpUsageFinderTests
    {
        private static string[] Usages(string body) =>
            CSharpUsageFinder.Find(
                "using System;\nusing System.Collections.Generic;\nusing Microsoft.Extensions.Configuration;\nclass C\n{\n" + body + "\n}\n")
            .Select(u => $"{u.Kind}:{(u.PrefixKnown ? "" : "…:")}{u.Name}").ToArray();

        [Fact]
        public void A_dictionary_initializer_is_not_a_read() =>
            Assert.Empty(Usages("void M() { var d = new Dictionary<string, string> { [\"API_KEY\"] = \"x\", [\"ConnectionStrings:db\"] = \"y\" }; }"));

        [Fact]
        public void An_indexer_on_something_declared_other_than_configuration_is_not_a_read() =>
            Assert.Empty(Usages(
                "Dictionary<string, string> _config = new();\n" +
                "void M(Dictionary<string, string> tokens, string[] secrets) { var a = tokens[\"API_TOKEN\"]; var b = _config[\"ApiKey\"]; var c = secrets[0]; var e = Headers[\"Authorization\"]; }\n" +
                "Dictionary<string, string> Headers = new();"));

        [Fact]
        public void Reads_in_comments_and_strings_are_not_reads() =>
            Assert.Empty(Usages(
                "// var a = Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\");\n" +
                "const string Doc = \"configuration[\\\"Stripe:ApiKey\\\"]\";"));

        [Fact]
        public void Non_token_keys_and_keys_that_do_not_fold_are_not_reported() =>
            Assert.Empty(Usages(
                "void M(IConfiguration configuration, string name) { var a = configuration[\"Logging:LogLevel\"]; var b = configuration[name]; var c = Environment.GetEnvironmentVariable(name + \"_TOKEN\"); }"));

        [Fact]
        public void A_same_file_constant_key_is_folded() =>
            Assert.Equal(new[] { "env:PAYMENTS_API_KEY" }, Usages(
                "private const string KeyName = \"PAYMENTS_\" + Suffix;\nprivate const string Suffix = \"API_KEY\";\n" +
                "string M() => Environment.GetEnvironmentVariable(KeyName);"));

        [Fact]
        public void Sections_chain_through_calls_locals_and_constants() =>
            Assert.Equal(
                new[] { "config:Stripe:ApiKey", "config:Stripe:ApiKey", "config:Payments:Stripe:SecretKey", "config:Twilio:AuthToken", "config:GitHub:Token" },
                Usages(
                    "const string Section = \"Stripe\";\n" +
                    "void M(IConfiguration configuration) {\n" +
                    "  var a = configuration.GetSection(\"Stripe\")[\"ApiKey\"];\n" +
                    "  var b = configuration[\"Stripe:ApiKey\"];\n" +
                    "  var c = configuration.GetSection(\"Payments\").GetSection(Section).GetValue<string>(\"SecretKey\");\n" +
                    "  var twilio = configuration.GetRequiredSection(\"Twilio\");\n" +
                    "  var d = twilio[\"AuthToken\"];\n" +
                    "  var e = configuration.GetSection(\"GitHub:Token\").Value;\n" +
                    "}"));

        [Fact]
        public void Nameof_is_folded_to_the_last_name() =>
            Assert.Equal(new[] { "config:ApiKey", "config:ClientSecret" }, Usages(
                "public string ApiKey { get; set; }\n" +
                "void M(IConfiguration configuration) { var a = configuration[nameof(ApiKey)]; var b = configuration[nameof(Options.ClientSecret)]; }"));

        [Fact]
        public void Configuration_named_receivers_read_without_a_declaration_in_the_file() =>
            Assert.Equal(new[] { "config:ConnectionStrings:orderingdb", "config:OpenAI:ApiKey" }, Usages(
                "void M(WebApplicationBuilder builder) { var a = builder.Configuration.GetConnectionString(\"orderingdb\"); var b = builder.Configuration[\"OpenAI:ApiKey\"]; }"));

        [Fact]
        public void A_local_takes_the_type_its_initializer_states()
        {
            // dotnet/eShop WebhookClient: the configuration comes from the service provider.
            Assert.Equal(new[] { "config:WebhookClientOptions:Token" }, Usages(
                "void M(IServiceProvider services) {\n" +
                "  var configuration = services.GetRequiredService<IConfiguration>();\n" +
                "  var a = configuration[\"WebhookClientOptions:Token\"];\n" +
                "  var config = new Dictionary<string, string>();\n" +
                "  var b = config[\"API_KEY\"];\n" +
                "}"));
        }

        [Fact]
        public void A_section_parameter_gives_only_the_key_tail() =>
            Assert.Equal(new[] { "config:…:ClientSecret" }, Usages("void M(IConfigurationSection section) { var a = section[\"ClientSecret\"]; }"));

        [Fact]
        public void Only_System_Environment_reads_environment_variables() =>
            Assert.Equal(new[] { "env:GITHUB_TOKEN" }, Usages(
                "void M(Vault vault) { var a = System.Environment.GetEnvironmentVariable(\"GITHUB_TOKEN\"); var b = vault.GetEnvironmentVariable(\"NPM_TOKEN\"); }"));

        [Fact]
        public void The_prefilter_lets_through_files_that_read_by_constant_or_nameof_but_not_files_that_cannot_read()
        {
            Assert.True(SourcePrefilter.MayReadToken("var a = Environment.GetEnvironmentVariable(KeyName);"));
            Assert.True(SourcePrefilter.MayReadToken("var a = _configuration[nameof(ApiKey)];"));
            Assert.True(SourcePrefilter.MayReadToken("var a = section.GetSection(Name).Value;"));
            Assert.True(SourcePrefilter.MayReadToken("var a = builder.Configuration.GetValue<string>(Key);"));
            Assert.True(SourcePrefilter.MayReadToken("void M(IConfigurationSection section) => section[Key];"));
            Assert.False(SourcePrefilter.MayReadToken("var a = tokens[\"API_TOKEN\"]; var b = Environment.MachineName;"));
            Assert.False(SourcePrefilter.MayReadToken("using Microsoft.Extensions.Configuration;\n[HttpGet] string M(ConfigOptions options) => options.ApiKey;"));
        }
    }
}
