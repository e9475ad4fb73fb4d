using System.Linq;
using TokenGuard.Detection;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>
    /// Code where a password's value would be (scripts, generated TypeScript clients, minified bundles, Razor views, as
    /// met in duplicati, btcpayserver, squidex, Smartstore and grandnode2): never a secret; a password beside it still is.
    /// </summary>
    public class CodeExpressionsTests
    {
        [Theory]
        [InlineData("parts[")]
        [InlineData("sys.argv[2]")]
        [InlineData("Session.Property(")]
        [InlineData("GenerateRandomPassword(32)")]
        [InlineData("model.ApiPassword.TrimSafe()")]
        [InlineData("_data[")]
        [InlineData("@HtmlExtensions.HtmlEncodeSafe(Context.Request.Query[")]
        [InlineData("base.password")]
        [InlineData("n.password,e.host=n.host,e.port=n.port,e.path=n.path.slice()")]
        [InlineData("true")]
        [InlineData("undefined")]
        public void Calls_indexes_members_naming_a_secret_and_literals_are_code(string value) =>
            Assert.True(CodeExpressions.IsCodeExpression(value), value);

        [Theory]
        [InlineData("Sample.Pass1")]
        [InlineData("hunter2")]
        [InlineData("$ecr3tPassw0rd")]
        [InlineData("Kitten0@")]
        [InlineData("env.production")]
        [InlineData("a(b")]
        public void Passwords_and_paths_not_naming_a_secret_are_not_code(string value) =>
            Assert.False(CodeExpressions.IsCodeExpression(value), value);

        [Theory]
        [InlineData("scope.Password = parts['--auth-password'];")]
        [InlineData("var pwd = Session.Property(\"SERVICE_PASSWORD\");")]
        [InlineData("var pwd = GenerateRandomPassword(32);")]
        [InlineData("password = sys.argv[2]\n")]
        [InlineData("includeUserPassword = true;")]
        [InlineData("(<any>this).serverPassword = _data[\"serverPassword\"];")]
        [InlineData("e.username=n.username,e.password=n.password,e.host=n.host;")]
        [InlineData("    url.password = base.password;\n")]
        public void A_password_assigned_from_code_is_not_a_connection_string_password(string text) =>
            Assert.Empty(TokenScanner.Default.Scan(text));

        /// <summary>A password with brackets in it, as generators and people write them: not a call or an index.</summary>
        private static string[] BracketedPasswords() => new[]
        {
            Random(Alphanumeric, 3, 903) + "7(" + Random(Alphanumeric, 3, 904) + "!" + Random(Alphanumeric, 4, 905) + ")",
            "Tr0ub" + "4dor[3x]",
            "aB3d" + "Ef9(",
        };

        [Fact]
        public void A_password_holding_brackets_is_not_code()
        {
            foreach (string password in BracketedPasswords())
            {
                Assert.False(CodeExpressions.IsCodeExpression(password), password);
                Assert.Equal("connection-string-password", Assert.Single(TokenScanner.Default.Scan("Server=db;User=app;Password=" + password + ";")).Rule.Id);
                Assert.True(SecretDecision.Decide(password, ValuePosition.TextAssignment("password")).IsGenericSecret, password);
            }
        }

        [Fact]
        public void A_dotted_password_ending_in_a_secret_word_and_digits_is_not_a_member_path()
        {
            // A person's password (text leaves passwords in words alone; connection strings report them).
            string password = "Acme" + ".Password" + "2024";
            Assert.False(CodeExpressions.IsCodeExpression(password));
            Assert.Equal("connection-string-password", Assert.Single(TokenScanner.Default.Scan("Server=db;User=app;Password=" + password + ";")).Rule.Id);
        }

        [Fact]
        public void A_connection_string_password_is_still_found()
        {
            string password = Random(Alphanumeric, 14, 901);
            Assert.Equal("connection-string-password", Assert.Single(TokenScanner.Default.Scan("Server=db;User=app;Password=" + password + ";")).Rule.Id);
            Assert.Equal("connection-string-password", Assert.Single(TokenScanner.Default.Scan("DB_PASSWORD=" + password + "\n")).Rule.Id);
        }

        [Fact]
        public void A_razor_expression_under_a_token_attribute_is_not_a_generic_secret()
        {
            string razor = "@HtmlExtensions.HtmlEncodeSafe(Context.Request.Query[";
            Assert.False(SecretDecision.Decide(razor, ValuePosition.TextAssignment("asp-route-token")).IsGenericSecret);
            string secret = Random(Alphanumeric, 24, 902);
            Assert.True(SecretDecision.Decide(secret, ValuePosition.TextAssignment("asp-route-token")).IsGenericSecret);
        }
    }
}
