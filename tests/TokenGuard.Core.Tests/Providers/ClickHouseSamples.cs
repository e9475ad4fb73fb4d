using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/ClickHouse.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class ClickHouseSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["clickhouse-cloud-api-secret-key"] = () => "4b" + "1d" + Random(Alphanumeric, 38, 253),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["clickhouse-cloud-api-secret-key"] = new (string, Func<string>)[] { ("letters only", () => "4b" + "1d" + Random(Letters, 38, 253)) },
        };
    }
}
