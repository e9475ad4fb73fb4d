using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/NewRelic.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class NewRelicSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["newrelic-user-key"] = () => "NRAK" + "-" + Random(Upper, 27, 59),
            ["newrelic-insert-key"] = () => "NR" + "II-" + Random(Url, 32, 264),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["newrelic-user-key"] = new (string, Func<string>)[] { ("one character short", () => "NRAK" + "-" + Random(Upper, 26, 59)) },
            ["newrelic-insert-key"] = new (string, Func<string>)[] { ("one character short", () => "NR" + "II-" + Random(Url, 31, 264)) },
        };
    }
}
