using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Twilio: API key SIDs (SK + 32 hex) and auth tokens (32 hex after a Twilio auth name, or after the word Twilio on the same line); account SIDs (AC…) are identifiers.</summary>
    internal static class Twilio
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "twilio-api-key",
                provider: "Twilio",
                description: "Twilio API key",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "SK" },
                pattern: Start + "SK[0-9a-f]{32}" + End,
                visiblePrefixLength: 2);
            yield return new TokenRule(
                id: "twilio-auth-token",
                provider: "Twilio",
                description: "Twilio auth token",
                confidence: TokenConfidence.High,
                keywords: Cases("twilio"),
                pattern: Assigned("twilio" + NameFiller + "(auth|token|secret)", "[a-f0-9]{32}") + "|" + Near("twilio", "[a-f0-9]{32}", 20),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
