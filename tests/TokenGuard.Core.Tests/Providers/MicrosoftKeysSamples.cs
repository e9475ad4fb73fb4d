using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/MicrosoftKeys.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class MicrosoftKeysSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["azure-storage-identifiable-key"] = () => IdentifiableKey(64, "+AS" + "t", 0x44656661756c7430, 80),
            ["azure-cosmosdb-key"] = () => IdentifiableKey(64, "ACD" + "b", 0x4d61737452573030, 81),
            ["azure-batch-key"] = () => IdentifiableKey(64, "+AB" + "a", 0x4162416363743030, 82),
            ["azure-ml-classic-key"] = () => IdentifiableKey(64, "+AM" + "C", 0x436c617373696330, 83),
            ["azure-apim-key"] = () => IdentifiableKey(64, "API" + "M", 0x4761746577793030, 84),
            ["azure-service-bus-identifiable-key"] = () => IdentifiableKey(32, "+AS" + "b", 0x53656e6430303030, 85),
            ["azure-event-hubs-key"] = () => IdentifiableKey(32, "+AE" + "h", 0x4c697374656e3030, 86),
            ["azure-relay-key"] = () => IdentifiableKey(32, "+AR" + "m", 0x4d616e6167653030, 87),
            ["azure-cache-redis-key"] = () => IdentifiableKey(32, "AzC" + "a", 0x4163636573733030, 88),
            ["azure-iot-key"] = () => IdentifiableKey(32, "AIo" + "T", 0x4465766963653030, 89),
            ["azure-event-grid-key"] = () => IdentifiableKey(32, "AZE" + "G", 0x53656e6452656376, 90),
            ["azure-functions-key"] = () => IdentifiableKey(40, "AzF" + "u", 0x4d61737465723030, 91, urlSafe: true),
            ["azure-search-key"] = () => IdentifiableKey(39, "AzS" + "e", 0x5041646d696e3030, 92, alphanumericOnly: true),
            ["azure-container-registry-key"] = () => IdentifiableKey(39, "+AC" + "R", 0x41435244666c7430, 93),
            ["azure-devops-pat"] = () => CommonAnnotatedKey("AZ" + "DO", 94),
            ["azure-common-annotated-key"] = () => CommonAnnotatedKey("AZ" + "AC", 95),
            ["azure-devops-pat-legacy"] = () => "AZURE_DEVOPS_PAT=" + AzureDevOpsLegacyPat(96),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["azure-storage-identifiable-key"] = IdentifiableKeyNearMisses("azure-storage-identifiable-key"),
            ["azure-cosmosdb-key"] = IdentifiableKeyNearMisses("azure-cosmosdb-key"),
            ["azure-batch-key"] = IdentifiableKeyNearMisses("azure-batch-key"),
            ["azure-ml-classic-key"] = IdentifiableKeyNearMisses("azure-ml-classic-key"),
            ["azure-apim-key"] = IdentifiableKeyNearMisses("azure-apim-key"),
            ["azure-service-bus-identifiable-key"] = IdentifiableKeyNearMisses("azure-service-bus-identifiable-key"),
            ["azure-event-hubs-key"] = IdentifiableKeyNearMisses("azure-event-hubs-key"),
            ["azure-relay-key"] = IdentifiableKeyNearMisses("azure-relay-key"),
            ["azure-cache-redis-key"] = IdentifiableKeyNearMisses("azure-cache-redis-key"),
            ["azure-iot-key"] = IdentifiableKeyNearMisses("azure-iot-key"),
            ["azure-event-grid-key"] = IdentifiableKeyNearMisses("azure-event-grid-key"),
            ["azure-functions-key"] = IdentifiableKeyNearMisses("azure-functions-key"),
            ["azure-search-key"] = IdentifiableKeyNearMisses("azure-search-key"),
            ["azure-container-registry-key"] = IdentifiableKeyNearMisses("azure-container-registry-key"),
            ["azure-devops-pat"] = new (string, Func<string>)[]
            {
                ("month out of range", () => CommonAnnotatedKey("AZ" + "DO", 41).Substring(0, 59) + "Z" + CommonAnnotatedKey("AZ" + "DO", 41).Substring(60)),
                ("a hash, not a key", () => CommonAnnotatedKey("AZ" + "DO", 42, kind: 'H')),
                ("one character short", () => CommonAnnotatedKey("AZ" + "DO", 43).Substring(0, 83)),
            },
            ["azure-common-annotated-key"] = new (string, Func<string>)[]
            {
                ("a hash, not a key", () => CommonAnnotatedKey("AZ" + "AC", 44, kind: 'H')),
                ("signature at the wrong offset", () => Random(Alphanumeric, 51, 45) + "JQQJ99BF" + Random(Alphanumeric, 25, 46)),
            },
            ["azure-devops-pat-legacy"] = new (string, Func<string>)[]
            {
                ("no Azure DevOps context", () => "value = " + AzureDevOpsLegacyPat(47)),
                ("checksum broken", () => "AZURE_DEVOPS_PAT=" + WithBrokenChecksum(AzureDevOpsLegacyPat(48))),
                ("random base32 in context", () => "AZURE_DEVOPS_PAT=" + Random("abcdefghijklmnopqrstuvwxyz234567", 52, 49)),
            },
        };

        // An identifiable key with one random character changed (the checksum fails), and one character short.
        private static (string, Func<string>)[] IdentifiableKeyNearMisses(string ruleId) => new (string, Func<string>)[]
        {
            ("checksum broken", () => WithBrokenChecksum(Secrets[ruleId]())),
            ("one character short", () => Truncated(Secrets[ruleId]())),
        };

        private static string Truncated(string key)
        {
            string unpadded = key.TrimEnd('=');
            return unpadded.Substring(0, unpadded.Length - 1);
        }
    }
}
