using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>MessageBird (Bird): API keys (25 alphanumerics) and client ids (UUIDs) after a MessageBird name.</summary>
    internal static class MessageBird
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "messagebird-api-token",
                provider: "MessageBird",
                description: "MessageBird API key or client id",
                confidence: TokenConfidence.Medium,
                keywords: new[] { "messagebird", "MessageBird", "Messagebird", "MESSAGEBIRD", "message_bird", "MESSAGE_BIRD", "message-bird" },
                pattern: Assigned("message[_-]?bird", "([A-Za-z0-9]{25}|" + Uuid + ")"),
                visiblePrefixLength: 0,
                isValid: LooksRandom);
        }
    }
}
