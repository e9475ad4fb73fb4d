using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TokenGuard.Analyzers;
using Verify = TokenGuard.Tests.AnalyzerTest<TokenGuard.Analyzers.HardCodedTokenAnalyzer>;

namespace TokenGuard.Tests
{
    /// <summary>In the build: what a format rule knows is not a secret is not TG0002 under a secret name either (issue 15, item 2).</summary>
    public class FormatKnowledgeAnalyzerTests
    {
        [Fact]
        public Task Public_keys_published_samples_and_checksum_near_misses_are_not_TG0002_while_a_random_value_is()
        {
            string control = TestTokens.Random(TestTokens.Alphanumeric, 32, 701);
            string source =
                "class C {\n" +
                "  const string StripeApiKey = \"pk" + "_live_" + TestTokens.Random(TestTokens.Alphanumeric, 32, 702) + "\";\n" +
                "  const string GitHubToken = \"" + TestTokens.GitHubClassicBadChecksum(703) + "\";\n" +
                "  const string StorageAccountKey = \"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq" + "/K1SZFPTOtr/KBHBeksoGMGw==\";\n" + // Azurite's documented key
                "  const string AwsSecretAccessKey = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY\";\n" +
                "  const string SigningKey = \"-----BEGIN PUBLIC KEY-----\\n" + TestTokens.Random(TestTokens.Alphanumeric, 64, 704) + "\\n-----END PUBLIC KEY-----\";\n" +
                "  const string ClientSecret = {|#0:\"" + control + "\"|};\n" +
                "}";
            return Verify.RunAsync(source, Manifests.Stripe, null,
                new DiagnosticResult(Descriptors.HardCodedCredential).WithLocation(0).WithArguments("'ClientSecret'", Redaction.Redact(control)));
        }
    }
}
