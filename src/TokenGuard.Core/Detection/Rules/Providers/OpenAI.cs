using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>OpenAI: API key.</summary>
    internal static class OpenAI
    {
        public static IEnumerable<TokenRule> Rules()
        {
            yield return new TokenRule(
                id: "openai-api-key",
                provider: "OpenAI",
                description: "OpenAI API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ" },
                // Every OpenAI key carries "T3BlbkFJ" (base64 of "OpenAI") between its two random halves.
                pattern: Start + "sk-((proj|svcacct|service|admin)-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})" + End,
                visiblePrefixLength: 3);
        }
    }
}
