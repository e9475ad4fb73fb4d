using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Npm.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class NpmSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["npm-token"] = () => Checksummed("np" + "m_", 4),
            ["npm-token-legacy"] = () => "//registry.npmjs.org/:_auth" + "Token=" + Uuid(431),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["npm-token"] = new (string, Func<string>)[]
            {
                ("checksum broken", () => WithBrokenChecksum(Secrets["npm-token"]())),
                ("placeholder", () => "npm_" + new string('x', 36)),
            },
            ["npm-token-legacy"] = new (string, Func<string>)[] { ("a UUID under another name", () => "PACKAGE_ID=" + Uuid(431)) },
        };

        // prefix + 30 random base62 characters + their base62 CRC-32, as npm tokens are built.
        private static string Checksummed(string prefix, int seed)
        {
            string body = Random(Alphanumeric, 30, seed);
            return prefix + body + TokenGuard.Detection.Base62Checksum.Compute(body, 0, body.Length);
        }
    }
}
