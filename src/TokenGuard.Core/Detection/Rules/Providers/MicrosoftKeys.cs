using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>
    /// Microsoft identifiable keys and Azure DevOps tokens, as microsoft/security-utilities documents them:
    /// a fixed signature at a fixed offset and, where it can be verified, a checksum every match must pass.
    /// </summary>
    internal static class MicrosoftKeys
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

        public static IEnumerable<TokenRule> Rules()
        {
            yield return Key64(id: "azure-storage-identifiable-key", description: "Azure Storage account key (identifiable)", signature: "+ASt", seeds: StorageSeeds);
            yield return Key64(id: "azure-cosmosdb-key", description: "Azure Cosmos DB key (identifiable)", signature: "ACDb", seeds: CosmosDbSeeds);
            yield return Key64(id: "azure-batch-key", description: "Azure Batch account key (identifiable)", signature: "+ABa", seeds: BatchSeeds);
            yield return Key64(id: "azure-ml-classic-key", description: "Azure Machine Learning (classic) web service key (identifiable)", signature: "+AMC", seeds: MachineLearningClassicSeeds);
            yield return Key64(id: "azure-apim-key", description: "Azure API Management direct management, subscription, gateway or repository key (identifiable)", signature: "APIM", seeds: ApiManagementSeeds);
            yield return Key32(id: "azure-service-bus-identifiable-key", description: "Azure Service Bus shared access key (identifiable)", signature: "+ASb", seeds: MessagingSeeds);
            yield return Key32(id: "azure-event-hubs-key", description: "Azure Event Hubs shared access key (identifiable)", signature: "+AEh", seeds: MessagingSeeds);
            yield return Key32(id: "azure-relay-key", description: "Azure Relay shared access key (identifiable)", signature: "+ARm", seeds: MessagingSeeds);
            // Redis also has keys whose '+' and '/' were rewritten to 'P' and 'F' after the checksum was computed;
            // those fail the checksum and are not reported as this format.
            yield return Key32(id: "azure-cache-redis-key", description: "Azure Cache for Redis access key (identifiable)", signature: "AzCa", seeds: CacheForRedisSeeds);
            yield return Key32(id: "azure-iot-key", description: "Azure IoT Hub, Device Provisioning or device key (identifiable)", signature: "AIoT", seeds: IotSeeds);
            yield return Key32(id: "azure-event-grid-key", description: "Azure Event Grid access key (identifiable)", signature: "AZEG", seeds: EventGridSeeds);
            // 40 bytes in URL-safe base64: 44 characters, the signature, 6 checksum characters, optional padding.
            yield return Identifiable(id: "azure-functions-key", description: "Azure Functions function, host or master key (identifiable)", signature: "AzFu", signatureAt: 44, seeds: FunctionsSeeds,
                pattern: "[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](==)?");
            // 39 bytes: 42 characters, the signature, 6 checksum characters; search keys use base62 only.
            yield return Identifiable(id: "azure-search-key", description: "Azure AI Search query or admin key (identifiable)", signature: "AzSe", signatureAt: 42, seeds: SearchSeeds,
                pattern: "[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5}");
            yield return Identifiable(id: "azure-container-registry-key", description: "Azure Container Registry access key (identifiable)", signature: "+ACR", signatureAt: 42, seeds: ContainerRegistrySeeds,
                pattern: "[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}");

            // The 84-character Azure DevOps PAT is a common annotated security key (CASK) with the AZDO provider
            // signature at 76. security-utilities documents a Marvin32 checksum for CASK keys but neither its own
            // detectors nor any published key verify it, so these two rules match the layout only: 52 base62,
            // JQQJ9 + kind, a date whose month is A-L, 16 reserved, the provider signature, 4 checksum characters.
            yield return new TokenRule(
                id: "azure-devops-pat",
                provider: "Azure DevOps",
                description: "Azure DevOps personal access token",
                confidence: TokenConfidence.High,
                keywords: new[] { "JQQJ99" },
                pattern: Base62Start + CommonAnnotatedKey(kind: "99", providerSignature: "AZDO") + Base62End,
                visiblePrefixLength: 0);
            // Other common annotated keys (App Configuration AZAC, Event Grid AZEG, Cognitive Services ACOG …).
            // 'H' keys are hashes of data, not credentials, so only keys ('9') and derived keys ('D') count.
            yield return new TokenRule(
                id: "azure-common-annotated-key",
                provider: "Azure",
                description: "Microsoft common annotated security key (CASK)",
                confidence: TokenConfidence.High,
                keywords: new[] { "JQQJ99", "JQQJ9D" },
                pattern: Base62Start + CommonAnnotatedKey(kind: "9[9D]", providerSignature: "(?!AZDO)[A-Za-z][A-Za-z0-9]{3}") + Base62End,
                visiblePrefixLength: 0);
            // Legacy Azure DevOps PATs are 52 lowercase base32 characters, which plenty of other values are too:
            // only after a word that names a PAT or token (or before an Azure DevOps host) and with the checksum.
            yield return new TokenRule(
                id: "azure-devops-pat-legacy",
                provider: "Azure DevOps",
                description: "Azure DevOps personal access token (legacy format)",
                confidence: TokenConfidence.High,
                keywords: new[] { "pat", "Pat", "PAT", "oken", "OKEN", "ersonal", "ERSONAL", "evops", "evOps", "EVOPS", "azdo", "Azdo", "AZDO", "ado_", "ADO_", "ado-", "ADO-", "dev.azure.com", "visualstudio.com" },
                pattern: @"(?i:pat|token|personal|devops|azdo|ado[_-])[^\r\n]{0,40}?(?<![A-Za-z0-9])(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])" +
                    @"|(?<![A-Za-z0-9])(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])[^\r\n]{0,40}?(?i:dev\.azure\.com|visualstudio\.com)",
                visiblePrefixLength: 0,
                isValid: AzureDevOpsLegacyPat.HasValidChecksum,
                hasChecksum: true,
                // Both alternatives start their scan at nearly every letter: most texts have no 52-character run to find.
                mayMatch: AzureDevOpsLegacyPat.MayHoldToken);
        }

        private static string CommonAnnotatedKey(string kind, string providerSignature) =>
            "[A-Za-z0-9]{52}JQQJ" + kind + "[A-Za-z0-9][A-L][A-Za-z0-9]{16}" + providerSignature + "[A-Za-z0-9]{4}([A-Za-z0-9]{2}==)?";

        // 64 bytes: 76 characters, the signature, 6 checksum characters, "==" (sometimes dropped).
        private static TokenRule Key64(string id, string description, string signature, ulong[] seeds) =>
            Identifiable(id, description, signature, signatureAt: 76, seeds, pattern: "[A-Za-z0-9+/]{76}" + Regex.Escape(signature) + "[A-Za-z0-9+/]{5}[AQgw](==)?");

        // 32 bytes: 33 characters, the signature, 6 checksum characters, "=" (sometimes dropped).
        private static TokenRule Key32(string id, string description, string signature, ulong[] seeds) =>
            Identifiable(id, description, signature, signatureAt: 33, seeds, pattern: "[A-Za-z0-9+/]{33}" + Regex.Escape(signature) + "[A-P][A-Za-z0-9+/]{5}=?");

        // The signature sits at a fixed offset of the key (signatureAt): the pattern is tried there only, not at every base64 character.
        private static TokenRule Identifiable(string id, string description, string signature, int signatureAt, ulong[] seeds, string pattern) =>
            new TokenRule(
                id: id,
                provider: "Azure",
                description: description,
                confidence: TokenConfidence.High,
                keywords: new[] { signature },
                pattern: Base64Start + pattern + Base64End,
                visiblePrefixLength: 0,
                isValid: key => MicrosoftIdentifiableKey.HasValidChecksum(key, seeds),
                hasChecksum: true,
                startsBeforeKeyword: (Least: signatureAt, Most: signatureAt));
    }
}
