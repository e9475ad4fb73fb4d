using System.IO;
using System.Linq;
using TokenGuard.Cli;
using TokenGuard.Manifest;

namespace TokenGuard.Tests
{
    /// <summary><c>init</c> writes one entry per distinct credential and never registers a plain setting (issue 14).</summary>
    public class InitEntriesTests
    {
        private static (TokenManifest Manifest, ManifestLoadResult Loaded, string Output) Init(TempDirectory directory)
        {
            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, InitCommand.Run(directory.Path, force: false, output, errors));
            ManifestLoadResult loaded = ManifestLoader.Load("tokens.yaml", File.ReadAllText(Path.Combine(directory.Path, "tokens.yaml")));
            Assert.NotNull(loaded.Manifest);
            return (loaded.Manifest!, loaded, output.ToString());
        }

        private static string[] Ids(TokenManifest manifest) => manifest.Entries.Select(e => e.Id!).OrderBy(x => x).ToArray();

        [Fact]
        public void Each_connection_string_is_its_own_entry_named_from_its_key()
        {
            // dotnet/eShop: Catalog.API, Ordering.API and WebApp each read one.
            using var directory = new TempDirectory();
            directory.Write("src/Catalog.API/Extensions.cs", "if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(\"textEmbeddingModel\"))) { }\n");
            directory.Write("src/Ordering.API/Extensions.cs", "options.UseNpgsql(builder.Configuration.GetConnectionString(\"orderingdb\"));\n");
            directory.Write("src/WebApp/Extensions.cs", "var chat = builder.Configuration.GetConnectionString(\"chatModel\");\n");

            var (manifest, _, _) = Init(directory);

            Assert.Equal(new[] { "connectionstrings-chat-model", "connectionstrings-orderingdb", "connectionstrings-text-embedding-model" }, Ids(manifest));
            ManifestEntry ordering = manifest.Entries.Single(e => e.Id == "connectionstrings-orderingdb");
            Assert.Equal("ConnectionStrings:orderingdb", Assert.Single(ordering.Usages).Name);
            Assert.Equal("orderingdb", ordering.System);
        }

        [Fact]
        public void A_run_on_secret_setting_and_its_environment_read_are_proposed_for_the_inventory()
        {
            // btcpayserver's BTCPAY_SSHPASSWORD: scan reports its value as a secret, so init lists the key.
            using var directory = new TempDirectory();
            directory.Write("src/Program.cs", "var ssh = Environment.GetEnvironmentVariable(\"BTCPAY_SSHPASSWORD\");\nvar lax = Environment.GetEnvironmentVariable(\"PASSWORDLESS\");\n");
            directory.Write("src/appsettings.json", "{ \"NBXPLORER_BTCRPCPASSWORD\": \"\", \"csrftoken\": \"\" }");

            var (manifest, _, _) = Init(directory);

            string[] usages = manifest.Entries.SelectMany(e => e.Usages).Select(u => u.Name!).OrderBy(n => n).ToArray();
            Assert.Equal(new[] { "BTCPAY_SSHPASSWORD", "NBXPLORER_BTCRPCPASSWORD" }, usages);
        }

        [Fact]
        public void Each_environment_variable_and_secret_setting_is_its_own_entry_even_of_one_system()
        {
            using var directory = new TempDirectory();
            directory.Write("src/Program.cs",
                "var a = Environment.GetEnvironmentVariable(\"STRIPE_API_KEY\");\n" +
                "var b = Environment.GetEnvironmentVariable(\"STRIPE_WEBHOOK_SECRET\");\n" +
                "var c = configuration[\"Stripe:ApiKey\"];\n");
            directory.Write("src/appsettings.json", "{ \"Stripe\": { \"ApiKey\": \"\", \"SigningSecret\": \"\" } }");

            var (manifest, _, _) = Init(directory);

            // Stripe:ApiKey read in C# and set in appsettings is one entry, listed once.
            Assert.Equal(new[] { "stripe-api-key", "stripe-api-key-2", "stripe-signing-secret", "stripe-webhook-secret" }, Ids(manifest));
            Assert.Equal(4, manifest.Entries.SelectMany(e => e.Usages).Count());
            Assert.Single(manifest.Entries.SelectMany(e => e.Usages), u => u.Name == "Stripe:ApiKey");
        }

        [Fact]
        public void Connection_strings_declared_in_appsettings_are_entries_unless_plain_urls()
        {
            // dotnet/eShop's appsettings.Development.json files declare connection strings with a password.
            using var directory = new TempDirectory();
            string password = TestTokens.Random(TestTokens.Alphanumeric, 12, 7);
            directory.Write("src/Catalog.API/appsettings.Development.json", "{ \"ConnectionStrings\": { \"CatalogDB\": \"Host=localhost;Username=postgres;Password=" + password + "\", \"Identity\": \"http://localhost:5223\", \"redis\": \"\" } }");
            directory.Write("src/Catalog.API/Program.cs", "var cs = builder.Configuration.GetConnectionString(\"CatalogDB\");\n");

            var (manifest, _, _) = Init(directory);

            Assert.Equal(new[] { "connectionstrings-catalog-db", "connectionstrings-redis" }, Ids(manifest));
        }

        [Fact]
        public void Env_and_config_forms_of_one_key_are_one_entry()
        {
            using var directory = new TempDirectory();
            directory.Write("src/Program.cs",
                "var a = Environment.GetEnvironmentVariable(\"OpenAI__ApiKey\");\n" +
                "var b = configuration[\"OpenAI:ApiKey\"];\n");

            var (manifest, _, _) = Init(directory);

            Assert.Equal("open-ai-api-key", Assert.Single(manifest.Entries).Id);
        }

        [Fact]
        public void Booleans_numbers_durations_and_plain_urls_are_never_registered()
        {
            using var directory = new TempDirectory();
            directory.Write("src/WebhookClient/appsettings.json",
                "{ \"ValidateToken\": true, \"Auth\": { \"TokenRefresh\": \"false\", \"MaxTokens\": 4096, \"TokenBudget\": \"42\", \"SessionToken\": \"00:05:00\",\n" +
                "  \"TokenService\": \"https://api.example.com/v1\", \"Password\": \"\" } }");
            // Read in C# too: a secret-sounding read of a key appsettings sets to a switch is still a switch.
            directory.Write("src/WebhookClient/Endpoints.cs",
                "bool.TryParse(configuration[\"Auth:TokenRefresh\"], out var v);\n" +
                "var max = configuration.GetValue<int>(\"Auth:MaxTokens\");\n" +
                "var url = configuration[\"Auth:TokenService\"];\n");

            var (manifest, _, _) = Init(directory);

            // An empty value is how appsettings.json says "set elsewhere" (user secrets, environment, vault): registered.
            Assert.Equal("auth-password", Assert.Single(manifest.Entries).Id);
        }

        [Fact]
        public void Usages_are_found_as_the_analyzers_resolve_them_and_initializers_are_not_usages()
        {
            // Same-file constants, nameof and GetSection chains fold to their keys; `["API_KEY"] = …` sets a dictionary.
            using var directory = new TempDirectory();
            directory.Write("src/Payments.cs",
                "using Microsoft.Extensions.Configuration;\n" +
                "class Payments {\n" +
                "  private const string KeyName = \"PAYMENTS_API_KEY\";\n" +
                "  public string ClientSecret { get; set; }\n" +
                "  void M(IConfiguration configuration) {\n" +
                "    var a = System.Environment.GetEnvironmentVariable(KeyName);\n" +
                "    var b = configuration.GetSection(\"Stripe\")[\"ApiKey\"];\n" +
                "    var c = configuration.GetSection(\"Auth\")[nameof(ClientSecret)];\n" +
                "    var d = new System.Collections.Generic.Dictionary<string, string> { [\"API_KEY\"] = \"x\" };\n" +
                "  }\n" +
                "}\n");

            var (manifest, _, _) = Init(directory);

            string[] usages = manifest.Entries.SelectMany(e => e.Usages).Select(u => u.Kind + ":" + u.Name).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
            Assert.Equal(new[] { "config:Auth:ClientSecret", "config:Stripe:ApiKey", "env:PAYMENTS_API_KEY" }, usages);
        }

        [Fact]
        public void Switch_read_only_in_csharp_is_not_a_token()
        {
            // dotnet/eShop WebhookClient: bool.TryParse(configuration["ValidateToken"], …) with no appsettings value.
            using var directory = new TempDirectory();
            directory.Write("src/WebhookEndpoints.cs", "bool.TryParse(configuration[\"ValidateToken\"], out var validateToken);\n");

            var (manifest, _, output) = Init(directory);

            Assert.Empty(manifest.Entries);
            Assert.Contains("0 usage(s) registered", output);
        }

        [Fact]
        public void Url_with_a_password_or_a_signature_is_a_credential()
        {
            using var directory = new TempDirectory();
            string password = TestTokens.Random(TestTokens.Alphanumeric, 12, 3);
            directory.Write("src/appsettings.json",
                "{ \"Broker\": { \"Secret\": \"amqp://app:" + password + "@rabbit.internal:5672/\" },\n" +
                "  \"Storage\": { \"SasToken\": \"https://acct.blob.core.windows.net/c?sv=2024-01-01&sig=" + password + "\" },\n" +
                "  \"Feed\": { \"Token\": \"https://user@feed.example.com/\" } }");

            var (manifest, _, _) = Init(directory);

            // A user name alone (user@host) is not a credential.
            Assert.Equal(new[] { "broker-secret", "storage-sas-token" }, Ids(manifest));
        }

        [Fact]
        public void Connection_string_value_with_a_password_is_registered_and_the_manifest_loads()
        {
            using var directory = new TempDirectory();
            string password = TestTokens.Random(TestTokens.Alphanumeric, 16, 5);
            directory.Write("src/appsettings.json", "{ \"Database\": { \"Password\": \"Server=db;User Id=app;Password=" + password + ";\" } }");
            directory.Write("src/Program.cs", "var cs = builder.Configuration.GetConnectionString(\"orderingdb\");\n");

            var (manifest, loaded, _) = Init(directory);

            Assert.Equal(new[] { "connectionstrings-orderingdb", "database-password" }, Ids(manifest));
            // Only the TODOs are wrong: expires: TODO (TG1005) per entry, nothing the loader cannot parse.
            Assert.All(loaded.Diagnostics, d => Assert.Equal("TG1005", d.Id));
            Assert.DoesNotContain(password, File.ReadAllText(Path.Combine(directory.Path, "tokens.yaml")));
        }
    }
}
