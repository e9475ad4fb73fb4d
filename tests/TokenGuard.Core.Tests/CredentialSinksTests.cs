using System.Linq;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    public class CredentialSinksTests
    {
        [Fact]
        public void User_sinks_parse_constructors_methods_and_report_malformed_items()
        {
            var sinks = CredentialSinks.Parse(" Acme.Client..ctor(apiKey); Acme.Api.Login( password );nonsense; ", out var errors);
            Assert.Equal(new[] { "Acme.Client|.ctor|apiKey", "Acme.Api|Login|password" }, sinks.Select(s => s.TypeName + "|" + s.MemberName + "|" + s.ParameterName));
            Assert.Equal(new[] { "nonsense" }, errors);
            Assert.Equal("new Client(…) 'apiKey'", sinks[0].Display);
            Assert.Equal("Api.Login 'password'", sinks[1].Display);
        }

        [Fact]
        public void Default_table_covers_the_bcl_azure_and_aws()
        {
            Assert.Contains(CredentialSinks.Default, s => s.TypeName == "System.Net.NetworkCredential" && s.ParameterName == "password");
            Assert.Contains(CredentialSinks.Default, s => s.TypeName.StartsWith("Azure.", System.StringComparison.Ordinal));
            Assert.Contains(CredentialSinks.Default, s => s.TypeName.StartsWith("Amazon.", System.StringComparison.Ordinal));
            Assert.Contains("Authorization", CredentialSinks.CredentialHeaders);
            Assert.Contains("x-api-key", CredentialSinks.CredentialHeaders);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("<your-api-key>")]
        [InlineData("${STRIPE_KEY}")]
        [InlineData("{{ secret }}")]
        [InlineData("%API_KEY%")]
        [InlineData("changeme")]
        [InlineData("xxxxxxxxxxxx")]
        [InlineData("********")]
        [InlineData("YOUR_TOKEN_HERE")]
        [InlineData("$GH_TOKEN")]
        [InlineData("$env:DB_PASSWORD")]
        [InlineData("var.admin_password")]
        [InlineData("data.vault_generic_secret.api.data[\"token\"]")]
        public void Placeholders(string value) => Assert.True(PlaceholderValues.IsPlaceholder(value), value);

        [Theory]
        [InlineData("hunter2")]
        [InlineData("q8Zr7Lk2Vx9Pw4Tn")]
        [InlineData("$ecr3tPassw0rd")]
        [InlineData("$GH_TOKEN!x9")]
        [InlineData("var.Adm1n!pw")]
        public void Not_placeholders(string value) => Assert.False(PlaceholderValues.IsPlaceholder(value), value);
    }
}
