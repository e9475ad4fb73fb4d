namespace TokenGuard.Tests
{
    /// <summary>Manifests the analyzer and code-fix tests share.</summary>
    internal static class Manifests
    {
        public const string Stripe =
            "version: 1\n" +
            "tokens:\n" +
            "  - id: stripe-checkout\n" +
            "    owner: team:payments\n" +
            "    system: stripe\n" +
            "    scope: [charges:write]\n" +
            "    created: 2026-01-10\n" +
            "    expires: 2027-01-10\n" +
            "    usages:\n" +
            "      - env: STRIPE_API_KEY\n" +
            "      - config: Stripe:ApiKey\n" +
            "      - config: Partners:*\n";

        public static string WithFingerprint(string fingerprint) =>
            Stripe + "    fingerprints: [" + fingerprint + "]\n";
    }
}
