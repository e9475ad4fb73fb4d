using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Azure.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AzureSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["azure-storage-account-key"] = () => "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=" + Random(Base64, 86, 22) + "==;EndpointSuffix=core.windows.net",
            ["azure-account-key-assigned"] = () => "storageAccountKey: " + Random(Base64, 86, 420) + "==",
            ["azure-sas-signature"] = () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=" + Random(Base64, 43, 23) + "%3D",
            ["azure-service-bus-key"] = () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Random(Base64, 43, 24) + "=",
            ["azure-entra-client-secret"] = () => Random(Alphanumeric, 3, 25) + "8Q" + "~" + Random(Alphanumeric + "_~.-", 34, 26),
            ["azure-entra-refresh-token"] = () => "refresh_token=" + "1.A" + Random(Url, 60, 421) + ".A" + "g" + Random(Url, 320, 422),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["azure-storage-account-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "AccountName=shop;AccountKey=" + Random(Base64, 85, 22) + "==;"),
                ("placeholder", () => "AccountName=shop;AccountKey=<storage-key>;"),
            },
            ["azure-account-key-assigned"] = new (string, Func<string>)[]
            {
                ("no key name (a SHA-512 digest)", () => "\"integrity\": \"sha512-" + Random(Base64, 86, 420) + "==\""),
                ("one character short", () => "storageAccountKey: " + Random(Base64, 85, 420) + "=="),
            },
            ["azure-sas-signature"] = new (string, Func<string>)[]
            {
                ("too short", () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sig=" + Random(Base64, 30, 23) + "%3D"),
                ("placeholder", () => "https://shop.blob.core.windows.net/c?sv=2022-11-02&sig={signature}"),
            },
            ["azure-service-bus-key"] = new (string, Func<string>)[]
            {
                ("too short", () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=" + Random(Base64, 40, 24)),
                ("placeholder", () => "Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>"),
            },
            ["azure-entra-client-secret"] = new (string, Func<string>)[]
            {
                ("too short", () => Random(Alphanumeric, 3, 25) + "8Q" + "~" + Random(Alphanumeric, 30, 26)),
                ("no digit before Q~", () => Random(Letters, 4, 25) + "Q" + "~" + Random(Alphanumeric, 34, 26)),
            },
            ["azure-entra-refresh-token"] = new (string, Func<string>)[] { ("grant part too short", () => "1.A" + Random(Url, 60, 421) + ".A" + "g" + Random(Url, 100, 422)) },
        };
    }
}
