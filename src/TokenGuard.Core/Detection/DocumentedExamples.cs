using System;
using System.Collections.Generic;

namespace TokenGuard.Detection
{
    /// <summary>
    /// Keys that providers print in their own documentation (jwt.io's sample token, Stripe's sample test
    /// key): copied into code every day, valid-looking, never a secret. Kept as fingerprints so this
    /// repository holds no key-shaped literal. AWS's <c>…EXAMPLE</c> keys are recognised by their suffix.
    /// </summary>
    public static class DocumentedExamples
    {
        private static readonly HashSet<string> Fingerprints = new HashSet<string>(StringComparer.Ordinal)
        {
            "sha256:7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606", // jwt.io's HS256 sample (John Doe, 1516239022)
            "sha256:2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326", // Stripe API reference's sample test secret key
        };

        public static bool Contains(string fingerprint) => Fingerprints.Contains(fingerprint);
    }
}
