using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/AzureOpenAI.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AzureOpenAISamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["azure-openai-key"] = () => "AZURE_OPENAI_API_KEY=" + Random(Hex, 32, 443),
            ["azure-openai-key-with-endpoint"] = () => "endpoint: https://shop.openai.azure.com/ api_key: " + Random(Hex, 32, 444),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["azure-openai-key"] = new (string, Func<string>)[] { ("not hex", () => "AZURE_OPENAI_API_KEY=" + Random(Letters, 32, 443)) },
            ["azure-openai-key-with-endpoint"] = new (string, Func<string>)[] { ("no Azure OpenAI endpoint", () => "api_key: " + Random(Hex, 32, 444)) },
        };
    }
}
