using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Octopus Deploy API keys (API- and 26 to 34 upper-case alphanumerics, letters and digits both).</summary>
    internal static class OctopusDeploy
    {
        // Random upper-case alphanumerics all within 0-9A-F over 26+ characters are a hash or a GUID without dashes
        // (a Notion page slug, a build id), not an API key.
        private static bool OnlyHexDigits(string value, int from)
        {
            for (int i = from; i < value.Length; i++)
            {
                if (!(value[i] >= '0' && value[i] <= '9' || value[i] >= 'A' && value[i] <= 'F')) return false;
            }

            return true;
        }

        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "octopus-deploy-api-key",
                provider: "Octopus Deploy",
                description: "Octopus Deploy API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "API-" },
                pattern: Start + "API-[A-Z0-9]{26,34}" + "(?![A-Za-z0-9_-])",
                visiblePrefixLength: 4,
                isValid: key => LooksRandom(key) && HasDigitAndLetter(key, 4) && !OnlyHexDigits(key, 4));
        }
    }
}
