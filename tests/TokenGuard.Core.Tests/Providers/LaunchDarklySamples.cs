using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/LaunchDarkly.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class LaunchDarklySamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["launchdarkly-token"] = () => "LAUNCHDARKLY_SDK_KEY=" + "sd" + "k-" + Uuid(263),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["launchdarkly-token"] = new (string, Func<string>)[]
            {
                ("a mobile key, shipped in apps", () => "LAUNCHDARKLY_MOBILE_KEY=" + "mo" + "b-" + Uuid(263)),
                ("the nil UUID", () => "LAUNCHDARKLY_SDK_KEY=" + "sd" + "k-00000000-0000-0000-0000-000000000000"),
            },
        };
    }
}
