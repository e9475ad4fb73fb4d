using System.IO;
using TokenGuard.Cli;

namespace TokenGuard.Tests
{
    /// <summary>Shapes that real repositories (tests/run-comparison.sh repos) showed scan reporting though they are no credential.</summary>
    public class ScanFalsePositiveShapesTests
    {
        private static string Scan(string root)
        {
            var output = new StringWriter();
            ScanCommand.Run(root, "text", null, output, new StringWriter(), interactive: false);
            return output.ToString();
        }

        [Fact]
        public void A_camel_case_stand_in_for_a_password_is_not_a_secret_but_random_letters_are()
        {
            // bitwarden/server's tests: user.MasterPassword = "mockMasterPasswordHash…" was reported as a generic secret.
            string letters = TestTokens.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 32, 44);
            using var directory = new TempDirectory();
            directory.Write("Fixture.cs", "class Fixture\n{\n    void M(User user)\n    {\n        user.MasterPassword = \"mockMasterPasswordHashForTests\";\n        user.ApiKey = \"" + letters + "\";\n    }\n}\n");

            string output = Scan(directory.Path);

            Assert.DoesNotContain("Fixture.cs(5,", output);
            Assert.Contains("Fixture.cs(6,", output);
            Assert.Contains("1 token(s)", output);
        }
    }
}
