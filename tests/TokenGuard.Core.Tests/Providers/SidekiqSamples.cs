using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Sidekiq.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SidekiqSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["sidekiq-secret"] = () => "export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=" + Random(Hex, 8, 205) + ":" + Random(Hex, 8, 206),
            ["sidekiq-sensitive-url"] = () => "source \"https://" + Random(Hex, 8, 207) + ":" + Random(Hex, 8, 208) + "@gems.contribsys.com/\"",
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["sidekiq-secret"] = new (string, Func<string>)[]
            {
                ("variable", () => "export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}"),
                ("password one character short", () => "BUNDLE_GEMS__CONTRIBSYS__COM=" + Random(Hex, 8, 205) + ":" + Random(Hex, 7, 206)),
            },
            ["sidekiq-sensitive-url"] = new (string, Func<string>)[] { ("no credentials", () => "source \"https://gems.contribsys.com/\"") },
        };
    }
}
