using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Dynatrace.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class DynatraceSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["dynatrace-token"] = () => "dt0c01" + "." + Random(Upper, 24, 41) + "." + Random(Upper, 64, 42),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["dynatrace-token"] = new (string, Func<string>)[] { ("secret one character short", () => "dt0c01" + "." + Random(Upper, 24, 41) + "." + Random(Upper, 63, 42)) },
        };
    }
}
