using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TokenGuard.Detection.Rules
{
    /// <summary>
    /// Microsoft identifiable keys and Azure DevOps tokens, as microsoft/security-utilities documents them:
    /// a fixed signature at a fixed offset and, where it can be verified, a checksum every match must pass.
    /// </summary>
    internal static class MicrosoftRules
    {
        // Base64 keys stand alone: no base64 character (either alphabet) right before or after them.
        private const string Base64Start = @"(?<![A-Za-z0-9+/_-])";
        private const string Base64End = @"(?![A-Za-z0-9+/=_-])";
        private const string Base62Start = @"(?<![A-Za-z0-9])";
        private const string Base62End = @"(?![A-Za-z0-9])";

        // Marvin32 seeds per kind of key (security-utilities, IdentifiableMetadata).
        private static readonly ulong[] StorageSeeds = { 0x44656661756c7430 };
        private static readonly ulong[] CosmosDbSeeds =
        {
            0x537973416c6c3030, 0x5265736f75723030, 0x4d617374524f3030, 0x53797374524f3030,
            0x456e637279703030, 0x4d61737452573030, 0x5379737452573030,
        };
        private static readonly ulong[] BatchSeeds = { 0x4162416363743030 };
        private static readonly ulong[] MachineLearningClassicSeeds = { 0x436c617373696330 };
        private static readonly ulong[] ApiManagementSeeds = { 0x54656e616e743030, 0x496f544875623030, 0x4761746577793030, 0x4769744b65793030 };
        private static readonly ulong[] MessagingSeeds = { 0x53656e6430303030, 0x4c697374656e3030, 0x4d616e6167653030 };
        private static readonly ulong[] CacheForRedisSeeds = { 0x4163636573733030 };
        private static readonly ulong[] IotSeeds = { 0x496f544875623030, 0x4470734b65793030, 0x4465766963653030 };
        private static readonly ulong[] EventGridSeeds = { 0x53656e6452656376 };
        private static readonly ulong[] FunctionsSeeds = { 0x46756e6374693030, 0x4d61737465723030, 0x53797374656d3030 };
        private static readonly ulong[] SearchSeeds = { 0x5175657279303030, 0x5041646d696e3030 };
        private static readonly ulong[] ContainerRegistrySeeds = { 0x41435244666c7430 };

        public static IEnumerable<TokenRule> All()
        {
            yield return Key64("azure-storage-identifiable-key", "Azure Storage account key (identifiable)", "+ASt", StorageSeeds);
            yield return Key64("azure-cosmosdb-key", "Azure Cosmos DB key (identifiable)", "ACDb", CosmosDbSeeds);
            yield return Key64("azure-batch-key", "Azure Batch account key (identifiable)", "+ABa", BatchSeeds);
            yield return Key64("azure-ml-classic-key", "Azure Machine Learning (classic) web service key (identifiable)", "+AMC", MachineLearningClassicSeeds);
            yield return Key64("azure-apim-key", "Azure API Management direct management, subscription, gateway or repository key (identifiable)", "APIM", ApiManagementSeeds);
            yield return Key32("azure-service-bus-identifiable-key", "Azure Service Bus shared access key (identifiable)", "+ASb", MessagingSeeds);
            yield return Key32("azure-event-hubs-key", "Azure Event Hubs shared access key (identifiable)", "+AEh", MessagingSeeds);
            yield return Key32("azure-relay-key", "Azure Relay shared access key (identifiable)", "+ARm", MessagingSeeds);
            // Redis also has keys whose '+' and '/' were rewritten to 'P' and 'F' after the checksum was computed;
            // those fail the checksum and are not reported as this format.
            yield return Key32("azure-cache-redis-key", "Azure Cache for Redis access key (identifiable)", "AzCa", CacheForRedisSeeds);
            yield return Key32("azure-iot-key", "Azure IoT Hub, Device Provisioning or device key (identifiable)", "AIoT", IotSeeds);
            yield return Key32("azure-event-grid-key", "Azure Event Grid access key (identifiable)", "AZEG", EventGridSeeds);
            // 40 bytes in URL-safe base64: 44 characters, the signature, 6 checksum characters, optional padding.
            yield return Identifiable("azure-functions-key", "Azure Functions function, host or master key (identifiable)", "AzFu", FunctionsSeeds,
                "[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](==)?");
            // 39 bytes: 42 characters, the signature, 6 checksum characters; search keys use base62 only.
            yield return Identifiable("azure-search-key", "Azure AI Search query or admin key (identifiable)", "AzSe", SearchSeeds,
                "[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}");
            yield return Identifiable("azure-container-registry-key", "Azure Container Registry access key (identifiable)", "+ACR", ContainerRegistrySeeds,
                "[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}");

            // The 84-character Azure DevOps PAT is a common annotated security key (CASK) with the AZDO provider
            // signature at 76. security-utilities documents a Marvin32 checksum for CASK keys but neither its own
            // detectors nor any published key verify it, so these two rules match the layout only: 52 base62,
            // JQQJ9 + kind, a date whose month is A-L, 16 reserved, the provider signature, 4 checksum characters.
            yield return new TokenRule("azure-devops-pat", "Azure DevOps", "Azure DevOps personal access token", TokenConfidence.High,
                new[] { "JQQJ99" }, Base62Start + CommonAnnotatedKey("99", "AZDO") + Base62End, 0);
            // Other common annotated keys (App Configuration AZAC, Event Grid AZEG, Cognitive Services ACOG …).
            // 'H' keys are hashes of data, not credentials, so only keys ('9') and derived keys ('D') count.
            yield return new TokenRule("azure-common-annotated-key", "Azure", "Microsoft common annotated security key (CASK)", TokenConfidence.High,
                new[] { "JQQJ99", "JQQJ9D" }, Base62Start + CommonAnnotatedKey("9[9D]", "(?!AZDO)[A-Za-z][A-Za-z0-9]{3}") + Base62End, 0);
            // Legacy Azure DevOps PATs are 52 lowercase base32 characters, which plenty of other values are too:
            // only after a word that names a PAT or token (or before an Azure DevOps host) and with the checksum.
            yield return new TokenRule("azure-devops-pat-legacy", "Azure DevOps", "Azure DevOps personal access token (legacy format)", TokenConfidence.High,
                new[] { "pat", "Pat", "PAT", "oken", "OKEN", "ersonal", "ERSONAL", "evops", "evOps", "EVOPS", "azdo", "Azdo", "AZDO", "ado_", "ADO_", "ado-", "ADO-", "dev.azure.com", "visualstudio.com" },
                @"(?i:pat|token|personal|devops|azdo|ado[_-])[^\r\n]{0,40}?(?<![A-Za-z0-9])(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])" +
                @"|(?<![A-Za-z0-9])(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])[^\r\n]{0,40}?(?i:dev\.azure\.com|visualstudio\.com)", 0,
                AzureDevOpsLegacyPat.HasValidChecksum, hasChecksum: true,
                // Both alternatives start their scan at nearly every letter: most texts have no 52-character run to find.
                mayMatch: text => CharacterRuns.HasRun(text, minimum: 52, isInRun: c => (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')));
        }

        private static string CommonAnnotatedKey(string kind, string providerSignature) =>
            "[A-Za-z0-9]{52}JQQJ" + kind + "[A-Za-z0-9][A-L][A-Za-z0-9]{16}" + providerSignature + "[A-Za-z0-9]{4}([A-Za-z0-9]{2}==)?";

        // 64 bytes: 76 characters, the signature, 6 checksum characters, "==" (sometimes dropped).
        private static TokenRule Key64(string id, string description, string signature, ulong[] seeds) =>
            Identifiable(id, description, signature, seeds, "[A-Za-z0-9+/]{76}" + Regex.Escape(signature) + "[A-Za-z0-9+/]{5}[AQgw](==)?");

        // 32 bytes: 33 characters, the signature, 6 checksum characters, "=" (sometimes dropped).
        private static TokenRule Key32(string id, string description, string signature, ulong[] seeds) =>
            Identifiable(id, description, signature, seeds, "[A-Za-z0-9+/]{33}" + Regex.Escape(signature) + "[A-P][A-Za-z0-9+/]{5}=?");

        private static TokenRule Identifiable(string id, string description, string signature, ulong[] seeds, string pattern) =>
            new TokenRule(id, "Azure", description, TokenConfidence.High, new[] { signature }, Base64Start + pattern + Base64End, 0,
                key => MicrosoftIdentifiableKey.HasValidChecksum(key, seeds), hasChecksum: true);
    }
}
