using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Azure: Storage account key; shared access signature; Service Bus or Event Hubs shared access key; Microsoft Entra ID application client secret.</summary>
    internal static class Azure
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // Azure Storage account keys: 64 random bytes in base64 after AccountKey= in a connection string.
            yield return new TokenRule(
                id: "azure-storage-account-key",
                provider: "Azure",
                description: "Azure Storage account key",
                confidence: TokenConfidence.High,
                keywords: new[] { "AccountKey=" },
                pattern: "AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)",
                visiblePrefixLength: 0);
            yield return new TokenRule(
                id: "azure-sas-signature",
                provider: "Azure",
                description: "Azure shared access signature",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "sig=" },
                pattern: "[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,}(%3D|=))",
                visiblePrefixLength: 0);
            yield return new TokenRule(
                id: "azure-service-bus-key",
                provider: "Azure",
                description: "Azure Service Bus or Event Hubs shared access key",
                confidence: TokenConfidence.High,
                keywords: new[] { "SharedAccessKey=" },
                pattern: "SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42}[A-Za-z0-9+/=]{2})",
                visiblePrefixLength: 0);
            // Entra ID (Azure AD) client secrets: 3 characters, a digit, "Q~", then 31-34 characters.
            yield return new TokenRule(
                id: "azure-entra-client-secret",
                provider: "Azure",
                description: "Microsoft Entra ID application client secret",
                confidence: TokenConfidence.High,
                keywords: new[] { "Q~" },
                pattern: "(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])",
                visiblePrefixLength: 0);
        }
    }
}
