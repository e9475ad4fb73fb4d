using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Azure: Storage account key (in a connection string, or after a Storage or Cosmos DB key name); shared access signature; Service Bus or Event Hubs shared access key; Microsoft Entra ID application client secret and refresh token.</summary>
    internal static class Azure
    {
        /// <summary>
        /// Whether some "==" ends a run of exactly 86 base64 characters (a non-base64 character before it) and is not followed by
        /// another base64 character or '=', as the assigned account key's every match: base64 blobs have longer runs.
        /// </summary>
        private static bool MayHoldAssignedAccountKey(string text)
        {
            const int Run = 86;
            if (text.Length < 1 + Run + 2) return false;
            for (int padding = text.IndexOf("==", Run + 1, System.StringComparison.Ordinal); padding >= 0; padding = text.IndexOf("==", padding + 1, System.StringComparison.Ordinal))
            {
                if (padding + 2 < text.Length && (IsBase64(text[padding + 2]) || text[padding + 2] == '=')) continue;
                if (CharacterRuns.RunEndingAt(text, padding, Run + 1, c => IsBase64(c)) == Run) return true;
            }

            return false;
        }

        private static bool IsBase64(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';

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
            // The same 64-byte keys (Storage, Cosmos DB) outside a connection string: 86 base64 characters and "==" a few
            // non-base64 characters after a name that says so (AccountKey, account_key, storageAccessKey, cosmosKey, -storagekey),
            // on the same or the next line. 88-character base64 alone is also a SHA-512 digest (package integrity), hence the name.
            yield return new TokenRule(
                id: "azure-account-key-assigned",
                provider: "Azure",
                description: "Azure Storage or Cosmos DB account key (after a key name)",
                confidence: TokenConfidence.High,
                keywords: new[]
                {
                    "ccountKey", "ccountkey", "ccount_key", "ccount-key", "CCOUNT_KEY", "CCOUNTKEY",
                    "torageKey", "toragekey", "torage_key", "torage-key", "TORAGE_KEY", "TORAGEKEY",
                    "torageAccessKey", "torage_access_key", "TORAGE_ACCESS_KEY",
                    "cosmos", "Cosmos", "COSMOS",
                },
                pattern: "(?i:(account|storage|cosmos([_.-]?db)?)[_.-]?((access|primary|secondary|master)[_.-]?)?key)[^A-Za-z0-9+/]{1,40}?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])",
                visiblePrefixLength: 0,
                isValid: key => LooksRandom(key) && HasMixedCase(key),
                // The case-insensitive name starts the pattern's scan at nearly every a, s and c: most texts have no 86-character run.
                mayMatch: MayHoldAssignedAccountKey);
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
            // Entra ID refresh tokens (MSAL caches, az CLI logs): a version digit, ".A" and the client part, then ".Ag" and the
            // encrypted grant, several hundred URL-safe characters; they mint access tokens until revoked.
            yield return new TokenRule(
                id: "azure-entra-refresh-token",
                provider: "Azure",
                description: "Microsoft Entra ID refresh token",
                confidence: TokenConfidence.High,
                keywords: new[] { "0.A", "1.A" },
                pattern: "(?<![A-Za-z0-9_.-])[01]\\.A[A-Za-z0-9_-]{50,}(\\.[0-9])?\\.Ag[A-Za-z0-9_-]{250,}(\\.A[A-Za-z0-9_-]{200,})?(?![A-Za-z0-9_-])",
                visiblePrefixLength: 3);
        }
    }
}
