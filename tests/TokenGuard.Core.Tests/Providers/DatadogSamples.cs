using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Datadog.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class DatadogSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["datadog-api-key"] = () => "DD_API_KEY=" + Random(Hex, 32, 60),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["datadog-api-key"] = new (string, Func<string>)[]
            {
                ("one character short", () => "DD_API_KEY=" + Random(Hex, 31, 60)),
                ("placeholder", () => "DD_API_KEY=<your-api-key>"),
            },
        };
    }
}
