using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    public class SecretNamesTests
    {
        [Theory]
        [InlineData("GITHUB_TOKEN")]
        [InlineData("STRIPE_API_KEY")]
        [InlineData("Stripe:ApiKey")]
        [InlineData("Stripe__SecretKey")]
        [InlineData("Database:Password")]
        [InlineData("AzureDevOps:Pat")]
        [InlineData("clientSecret")]
        [InlineData("APIKey")]
        [InlineData("AWS_SECRET_ACCESS_KEY")]
        public void Secret_names(string key) => Assert.True(SecretNames.LooksLikeSecret(key), key);

        [Theory]
        [InlineData("")]
        [InlineData("Logging:LogLevel:Default")]
        [InlineData("CACHE_KEY")]
        [InlineData("Auth:TokenEndpoint")]
        [InlineData("Jwt:TokenLifetime")]
        [InlineData("Stripe:ApiKeyHeader")]
        [InlineData("Tokenizer:Model")]
        [InlineData("ASPNETCORE_ENVIRONMENT")]
        [InlineData("ValidateToken")]
        [InlineData("Jwt:ValidateIssuerSigningKey")]
        [InlineData("Authentication:SaveTokens")]
        [InlineData("REQUIRE_API_KEY")]
        [InlineData("Identity:PasswordSalt")]
        [InlineData("TOKEN_SALTS")]
        [InlineData("signatureNonce")]
        public void Not_secret_names(string key) => Assert.False(SecretNames.LooksLikeSecret(key), key);
    }
}
