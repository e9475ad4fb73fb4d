using System.Collections.Generic;
using static TokenGuard.Detection.Rules.RulePatterns;

namespace TokenGuard.Detection.Rules.Providers
{
    /// <summary>Stripe: secret or restricted API key; webhook signing secret.</summary>
    internal static class Stripe
    {
        public static IEnumerable<TokenRule> Rules()
        {
            // Stripe secret and restricted keys; publishable pk_ keys are public by design.
            yield return new TokenRule(
                id: "stripe-secret-key",
                provider: "Stripe",
                description: "Stripe secret or restricted API key",
                confidence: TokenConfidence.High,
                keywords: new[] { "sk_live_", "sk_test_", "sk_prod_", "rk_live_", "rk_test_", "rk_prod_" },
                pattern: Start + "[sr]k_(live|test|prod)_[A-Za-z0-9]{24,247}" + End,
                visiblePrefixLength: 8);
            yield return Prefixed(
                id: "stripe-webhook-secret",
                provider: "Stripe",
                description: "Stripe webhook signing secret",
                confidence: TokenConfidence.High,
                prefixes: new[] { "whsec_" },
                pattern: Start + "whsec_[A-Za-z0-9]{32,}" + End);
        }
    }
}
