using TokenGuard.Settings;

namespace TokenGuard.Tests
{
    public class CredentialValueTests
    {
        [Theory]
        [InlineData("true", SettingValueKind.Boolean)]
        [InlineData(" False ", SettingValueKind.Boolean)]
        [InlineData("42", SettingValueKind.Number)]
        [InlineData("-1", SettingValueKind.Number)]
        [InlineData("0.75", SettingValueKind.Number)]
        [InlineData("00:05:00", SettingValueKind.Duration)]
        [InlineData("1.02:03:04", SettingValueKind.Duration)]
        [InlineData("https://api.example.com", SettingValueKind.Url)]
        [InlineData("https://login.example.com/tenant/v2.0?prompt=login", SettingValueKind.Url)]
        [InlineData("https://user@feed.example.com/", SettingValueKind.Url)]
        [InlineData("", SettingValueKind.Empty)]
        [InlineData("   ", SettingValueKind.Empty)]
        public void Values_no_credential_can_be(string value, SettingValueKind kind)
        {
            Assert.Equal(kind, CredentialValue.Classify(value));
            Assert.Equal(kind == SettingValueKind.Empty, CredentialValue.IsPossibleCredential(value));
        }

        [Theory]
        [InlineData("Server=db;User Id=app;Password={0};")]
        [InlineData("Endpoint=https://x.openai.azure.com/;Key={0}")]
        [InlineData("postgres://app:{0}@db.internal:5432/orders")]
        [InlineData("https://acct.blob.core.windows.net/c?sv=2024-01-01&sig={0}")]
        [InlineData("https://fn.example.com/api/hook?code={0}")]
        [InlineData("{0}")]
        [InlineData("6168DB8D-DC58-4094-AF24-483278923590")] // eShop's webhook token is a GUID
        [InlineData("<your-api-key>")]
        public void Values_a_credential_can_be(string format)
        {
            string value = string.Format(format, TestTokens.Random(TestTokens.Alphanumeric, 20, 9));
            Assert.True(CredentialValue.IsPossibleCredential(value), format);
        }

        [Fact]
        public void Webhook_url_is_a_credential()
        {
            Assert.Equal(SettingValueKind.UrlWithCredentials, CredentialValue.Classify(TestTokens.SlackWebhook(4)));
        }

        [Fact]
        public void Literals_are_read_apart_from_string_settings()
        {
            JsonSettingsResult result = JsonSettingsReader.Read("{ \"Jwt\": { \"ValidateToken\": true, \"MaxTokens\": 4096, \"Key\": \"\" } }");
            Assert.Equal(new[] { "Jwt:Key" }, System.Linq.Enumerable.Select(result.Settings, s => s.Path));
            Assert.Equal(new[] { "Jwt:ValidateToken=true", "Jwt:MaxTokens=4096" }, System.Linq.Enumerable.Select(result.Literals, s => s.Path + "=" + s.Value));
        }
    }
}
