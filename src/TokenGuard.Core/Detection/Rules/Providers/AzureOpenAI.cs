using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>
    /// Azure OpenAI keys: 32 hex without a prefix (OpenAI's own keys begin sk-), so only after an OpenAI key name
    /// (OPENAI_API_KEY, AZURE_OPENAI_KEY, openai.api_key) or after a key name in text that names an Azure OpenAI endpoint.
    /// </summary>
    internal static class AzureOpenAI
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "azure-openai-key",
                provider: "Azure OpenAI",
                description: "Azure OpenAI API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "openai", "OpenAI", "Openai", "OpenAi", "OPENAI" },
                pattern: Near("openai" + NameFiller + "key", "[a-f0-9]{32}", 12),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
            yield return new TokenRule(
                id: "azure-openai-key-with-endpoint",
                provider: "Azure OpenAI",
                description: "Azure OpenAI API key (beside its endpoint)",
                confidence: TokenConfidence.Medium,
                keywords: new[] { ".openai.azure.com" },
                pattern: Near("api[_-]?key", "[a-f0-9]{32}", 12),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
