using System.Linq;
using TokenGuard.Detection;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Shapes met in repositories TokenGuard was not tuned on (duplicati, btcpayserver, squidex, Smartstore, grandnode2,
    /// Jackett, an Azure-Samples web app) that were reported and are not secrets, each beside a secret of the same
    /// position that still is. Values assembled at run time.
    /// </summary>
    public class UnseenRepositoryShapesTests
    {
        private static string Only(string text) => Assert.Single(TokenScanner.Default.Scan(text)).Rule.Id;

        private static string Password(int seed) => Random(Alphanumeric, 14, seed);

        [Theory]
        [InlineData("MotDePasse")]
        [InlineData("parola")]
        [InlineData("hasło")]
        [InlineData("changeit")]
        [InlineData("MyPassword")]
        [InlineData("...\\n")]
        [InlineData("[Enter your secret here]")]
        [InlineData("[Copy the client secret added to the app from the Azure portal]")]
        [InlineData("your private secret key to use api")]
        [InlineData("paypal:accesstoken-{0}")]
        public void Stand_ins_are_placeholders(string value) => Assert.True(PlaceholderValues.IsPlaceholder(value), value);

        [Theory]
        [InlineData("flavour X9q2Lk7")]
        [InlineData("yourOwn9Choice!")]
        [InlineData("passage7Kq2")]
        [InlineData("Ab{x}9q2Lk7")]
        [InlineData("q8Zr7Lk2Vx9Pw4Tn")]
        public void Passwords_holding_those_letters_are_not_placeholders(string value) => Assert.False(PlaceholderValues.IsPlaceholder(value), value);

        [Theory]
        [InlineData("\"ssh://username:MotDePasse@hostname/dossier\"")]
        [InlineData("\"ftp://nazwa_uzytkownika:hasło@nazwa_hosta/folder\"")]
        [InlineData("GetUrlWithoutCredentials(@\"file://C:\\backup@daily\\x\")")]
        [InlineData("https://apitoken:API_TOKEN_SECRET@charge.example.com/")]
        [InlineData("az://?keyvault-name=...&username=...&password=...\\n\"")]
        [InlineData("#postgres=User ID=root;Password=myPassword;Host=localhost;Port=5432;")]
        [InlineData("esdb://admin:changeit@127.0.0.1:2113?tls=false")]
        [InlineData("DATABASE_URL=postgres://user:FAKE_secret@db.example.com/prod")]
        public void Documented_and_default_passwords_in_urls_and_connection_strings_are_not_reported(string text) =>
            Assert.Empty(TokenScanner.Default.Scan(text));

        [Theory]
        [InlineData("API_TOKEN_SECRET", true)]
        [InlineData("DB_PASSWORD", true)]
        [InlineData("AWSACCESSKEY", true)]
        [InlineData("TOKEN", true)]
        [InlineData("QWXZKVBN", false)]
        [InlineData("CACHE_NAME", false)]
        [InlineData("mariadb-password", false)]
        [InlineData("password_read", false)]
        public void A_variable_name_written_for_the_password_is_a_stand_in(string value, bool expected) =>
            Assert.Equal(expected, PlaceholderValues.IsSecretsName(value));

        [Fact]
        public void A_password_in_a_url_or_a_windows_user_is_still_found()
        {
            Assert.Equal("url-credentials", Only("ftp://backup:" + Password(911) + "@files.internal/folder"));
            Assert.Equal("url-credentials", Only("smb://DOMAIN\\backup:" + Password(912) + "@files.internal/share"));
        }

        [Theory]
        [InlineData("Server=localhost;Database=test;User=mysql;Password=mysql")]
        [InlineData("Server=localhost;Port=54320;Username=postgres;Password=postgres")]
        [InlineData("Password=app_owner;Server=db;User Id=app_owner;")]
        public void A_connection_string_whose_password_repeats_its_user_is_a_local_default(string text) =>
            Assert.Empty(TokenScanner.Default.Scan(text));

        [Fact]
        public void A_connection_string_with_another_password_is_still_found()
        {
            string password = Password(913);
            Assert.Equal("connection-string-password", Only("Server=localhost;Database=test;User=mysql;Password=" + password));
            Assert.Equal("connection-string-password", Only("Server=db;User Id=" + password + "x;Password=" + password + ";"));
            Assert.Equal("connection-string-password", Only("Server=db;User Id=sa;Password=" + password + ";Database=" + password + ";"));
        }

        [Fact]
        public void A_bip32_extended_public_key_is_public_by_design()
        {
            const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
            string body = Random(Base58, 107, 914);
            Assert.True(KnownNonSecrets.Recognises("xp" + "ub" + body));
            Assert.True(KnownNonSecrets.Recognises("xp" + "ub" + body + "-[p2sh]"));
            Assert.False(KnownNonSecrets.Recognises("xp" + "rv" + body));
            Assert.False(SecretDecision.Decide("xp" + "ub" + body, ValuePosition.SettingsValue("signingKey")).IsGenericSecret);
            Assert.True(SecretDecision.Decide("xp" + "rv" + body, ValuePosition.SettingsValue("signingKey")).IsGenericSecret);
        }

        [Fact]
        public void A_basic_credential_is_judged_by_the_password_it_encodes()
        {
            string Basic(string text) => "Basic " + System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(text));
            Assert.False(SecretDecision.Decide(Basic("test"), ValuePosition.AuthenticationLiteral(display: "'Basic …'")).IsGenericSecret);
            Assert.False(SecretDecision.Decide(Basic("user:password"), ValuePosition.AuthenticationLiteral(display: "'Basic …'")).IsGenericSecret);
            Assert.True(SecretDecision.Decide(Basic("user:" + Password(915)), ValuePosition.AuthenticationLiteral(display: "'Basic …'")).IsGenericSecret);
            Assert.True(SecretDecision.Decide(Basic(Password(916) + ":"), ValuePosition.AuthenticationLiteral(display: "'Basic …'")).IsGenericSecret);
        }

        [Fact]
        public void A_url_paired_with_a_value_names_no_secret()
        {
            Assert.False(SecretNames.LooksLikeSecret("https://tracker.example/api/torrents/filter?api_token=&name=1080p&page=1"));
            Assert.True(SecretNames.LooksLikeSecret("api_token"));
        }

        [Fact]
        public void A_secret_setting_under_a_section_named_by_a_url_is_still_a_secret()
        {
            // Webhooks:https://hooks.example.com/x:Secret — a section keyed by an address, its own key a secret's name.
            Assert.True(SecretNames.LooksLikeSecret("Webhooks:https://hooks.example.com/x:Secret"));
            Assert.True(SecretNames.LooksLikeSecretSetting("Hosts:https://api.example.com:8443:ApiKey", out _));
            Assert.False(SecretNames.LooksLikeSecret("https://api.example.com:8443/v1?api_token="));
            string secret = Random(Alphanumeric, 24, 919);
            Assert.True(SecretDecision.Decide(secret, ValuePosition.SettingsValue("Webhooks:https://hooks.example.com/x:Secret")).IsGenericSecret);
        }

        [Theory]
        [InlineData("BTCPAY_SSHPASSWORD", true, true)]
        [InlineData("NBXPLORER_BTCRPCPASSWORD", true, true)]
        [InlineData("IDENTITY__ADMINCLIENTSECRET", true, false)]
        [InlineData("rpcpassword", true, true)]
        [InlineData("DB_PASSWORD", true, true)]
        [InlineData("csrftoken", false, false)]
        [InlineData("ISPASSWORD", false, false)]
        [InlineData("PASSWORDLESS", false, false)]
        [InlineData("TOKENIZER", false, false)]
        public void A_setting_in_one_case_runs_its_secret_word_onto_what_it_unlocks(string name, bool secret, bool password)
        {
            Assert.Equal(secret, SecretNames.LooksLikeSecretSetting(name, out bool isPassword));
            Assert.Equal(password, isPassword);
            Assert.Equal(secret, SecretNames.NamesSecretSetting(name)); // what init and TG0003/TG0005 ask of a key
        }

        [Fact]
        public void A_run_on_secret_name_reports_its_value_in_settings_and_text_only()
        {
            string password = Random(Alphanumeric, 10, 918);
            Assert.True(SecretDecision.Decide(password, ValuePosition.SettingsValue("BTCPAY_SSHPASSWORD")).IsGenericSecret);
            Assert.True(SecretDecision.Decide(password, ValuePosition.TextAssignment("NBXPLORER_BTCRPCPASSWORD")).IsGenericSecret);
            Assert.False(SecretDecision.Decide("/forgot", ValuePosition.SettingsValue("FORGOTPASSWORD")).IsGenericSecret);

            // C# keeps the word split the build and scan's prefilter share.
            Assert.False(SecretNames.LooksLikeSecret("BTCPAY_SSHPASSWORD"));
        }

        [Fact]
        public void A_dictionary_key_in_words_wrapped_in_underscores_is_a_name()
        {
            Assert.False(GenericSecrets.IsLikelySecret("ViewDataAccessKey", "__CurrentViewDataDictionary"));
            Assert.True(GenericSecrets.IsLikelySecret("ViewDataAccessKey", "__" + Random(Alphanumeric, 20, 917)));
        }
    }
}
