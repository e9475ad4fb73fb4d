using System.Text;
using TokenGuard.Detection;

namespace TokenGuard.Tests
{
    /// <summary>Marvin32, the identifiable-key and CASK checksums, and the Azure DevOps PAT formats.</summary>
    public class MicrosoftKeysTests
    {
        private const ulong VectorSeed = 0x004fb61a001bdbccUL;

        // The published Marvin32 test vectors (SymCrypt / .NET runtime tests).
        [Theory]
        [InlineData(new byte[0], 0x30ed35c100cd3c7dUL)]
        [InlineData(new byte[] { 0xaf }, 0x48e73fc77d75ddc1UL)]
        [InlineData(new byte[] { 0xe7, 0x0f }, 0xb5f6e1fc485dbff8UL)]
        [InlineData(new byte[] { 0x37, 0xf4, 0x95 }, 0xf0b07c789b8cf7e8UL)]
        [InlineData(new byte[] { 0x86, 0x42, 0xdc, 0x59 }, 0x7008f2e87e9cf556UL)]
        [InlineData(new byte[] { 0x15, 0x3f, 0xb7, 0x98, 0x26 }, 0xe6c08c6da2afa997UL)]
        [InlineData(new byte[] { 0x09, 0x32, 0xe6, 0x24, 0x6c, 0x47 }, 0x6f04bf1a5ea24060UL)]
        [InlineData(new byte[] { 0xab, 0x42, 0x7e, 0xa8, 0xd1, 0x0f, 0xc7 }, 0xe11847e4f0678c41UL)]
        public void Marvin32_matches_the_published_vectors(byte[] data, ulong expected)
        {
            Assert.Equal(expected, Marvin32.Hash64(data, 0, data.Length, VectorSeed));
        }

        [Fact]
        public void Marvin32_folds_to_32_bits_and_honours_the_offset()
        {
            byte[] alphabet = Encoding.ASCII.GetBytes("--abcdefghijklmnopqrstuvwxyz");
            Assert.Equal(0xa128eb7e7260aca2UL, Marvin32.Hash64(alphabet, 2, 26, 0xddddeeeeffff000UL));
            Assert.Equal(0xd34847dcu, Marvin32.Hash32(alphabet, 2, 26, 0xddddeeeeffff000UL));
        }

        // security-utilities' own test keys (a repeated character, the signature, a valid checksum),
        // assembled here so that no committed line is a key.
        [Theory]
        [InlineData('a', 76, "+AS" + "t", "5mnCaw==", "azure-storage-identifiable-key")]
        [InlineData('a', 76, "ACD" + "b", "OpqrYA==", "azure-cosmosdb-key")]
        [InlineData('a', 76, "+AB" + "a", "13FZVQ==", "azure-batch-key")]
        [InlineData('a', 76, "+AM" + "C", "FNqWyA==", "azure-ml-classic-key")]
        [InlineData('a', 33, "+AR" + "m", "D7h+qo=", "azure-relay-key")]
        [InlineData('a', 33, "+AE" + "h", "G2s/8w=", "azure-event-hubs-key")]
        [InlineData('a', 33, "+AS" + "b", "HpHeAI=", "azure-service-bus-identifiable-key")]
        [InlineData('a', 33, "AIo" + "T", "Oumzco=", "azure-iot-key")]
        [InlineData('a', 42, "AzS" + "e", "CjhzCu", "azure-search-key")]
        [InlineData('d', 42, "+AC" + "R", "CUDxQE", "azure-container-registry-key")]
        [InlineData('e', 42, "+AC" + "R", "CTB7t/", "azure-container-registry-key")]
        [InlineData('d', 44, "AzF" + "u", "182vhA==", "azure-functions-key")]
        public void Identifiable_key_checksum_accepts_the_published_test_keys(char filler, int count, string signature, string checksum, string ruleId)
        {
            string key = new string(filler, count) + signature + checksum;
            Assert.Equal(ruleId, Assert.Single(TokenScanner.Default.Scan(key)).Rule.Id);
            Assert.Equal(ruleId, Assert.Single(TokenScanner.Default.Scan(key.TrimEnd('=') + ";")).Rule.Id);
            Assert.Empty(TokenScanner.Default.Scan(TestTokens.WithBrokenChecksum(key)));
        }

        [Theory]
        [InlineData(1, false)]
        [InlineData(2, true)]
        [InlineData(3, false)]
        public void Azure_devops_pats_are_found_in_both_lengths_and_not_with_a_month_out_of_range(int seed, bool longForm)
        {
            string pat = TestTokens.CommonAnnotatedKey("AZDO", seed, longForm: longForm);
            Assert.Equal("azure-devops-pat", Assert.Single(TokenScanner.Default.Scan("token: " + pat)).Rule.Id);
            Assert.Empty(TokenScanner.Default.Scan("token: " + pat.Substring(0, 59) + "Z" + pat.Substring(60)));
        }

        [Fact]
        public void Other_cask_providers_are_common_annotated_keys_and_hashes_are_not_reported()
        {
            Assert.Equal("azure-common-annotated-key", Assert.Single(TokenScanner.Default.Scan(TestTokens.CommonAnnotatedKey("AZAC", 4))).Rule.Id);
            Assert.Equal("azure-common-annotated-key", Assert.Single(TokenScanner.Default.Scan(TestTokens.CommonAnnotatedKey("ACOG", 5, kind: 'D'))).Rule.Id);
            Assert.Empty(TokenScanner.Default.Scan(TestTokens.CommonAnnotatedKey("ACOG", 6, kind: 'H')));
        }

        [Theory]
        [InlineData("AZURE_DEVOPS_PAT={0}")]
        [InlineData("git clone https://build:{0}@dev.azure.com/contoso/shop/_git/shop")]
        [InlineData("\"personalAccessToken\": \"{0}\"")]
        [InlineData("https://{0}@contoso.visualstudio.com/DefaultCollection")]
        [InlineData("env:\n  SYSTEM_ACCESSTOKEN: {0}")]
        [InlineData("DevOps url = {0}")]
        public void Legacy_azure_devops_pats_are_found_in_context(string template)
        {
            string text = string.Format(template, TestTokens.AzureDevOpsLegacyPat(7));
            Assert.Equal("azure-devops-pat-legacy", Assert.Single(TokenScanner.Default.Scan(text)).Rule.Id);
        }

        [Fact]
        public void Application_pats_use_the_other_magic_number()
        {
            string pat = TestTokens.AzureDevOpsLegacyPat(8, AzureDevOpsLegacyPat.ApplicationPatMagic);
            Assert.True(AzureDevOpsLegacyPat.HasValidChecksum(pat));
            Assert.False(AzureDevOpsLegacyPat.HasValidChecksum(TestTokens.WithBrokenChecksum(pat)));
        }

        [Fact]
        public void Legacy_azure_devops_pats_need_context_and_the_checksum()
        {
            string pat = TestTokens.AzureDevOpsLegacyPat(9);
            Assert.Empty(TokenScanner.Default.Scan("value = " + pat));
            Assert.Empty(TokenScanner.Default.Scan("AZURE_DEVOPS_PAT=" + TestTokens.Random(AzureDevOpsLegacyPat.Alphabet, 52, 9)));
        }

        [Fact]
        public void An_identifiable_storage_key_in_a_connection_string_is_reported_once_as_the_identifiable_format()
        {
            string key = TestTokens.IdentifiableKey(64, "+AS" + "t", 0x44656661756c7430UL, 10);
            var finding = Assert.Single(TokenScanner.Default.Scan("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=" + key + ";EndpointSuffix=core.windows.net"));
            Assert.Equal("azure-storage-identifiable-key", finding.Rule.Id);
        }

        [Fact]
        public void Discord_bot_tokens_need_a_user_id_as_first_part()
        {
            Assert.Equal("discord-bot-token", Assert.Single(TokenScanner.Default.Scan(TestTokens.DiscordBot(3))).Rule.Id);
            string notAnId = "MT" + TestTokens.Random(TestTokens.Alphanumeric, 22, 3) + "." + TestTokens.Random(TestTokens.Alphanumeric, 6, 4) + "." + TestTokens.Random(TestTokens.Alphanumeric, 30, 5);
            Assert.Empty(TokenScanner.Default.Scan(notAnId));
        }
    }
}
