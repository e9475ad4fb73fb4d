using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Snyk.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class SnykSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["snyk-api-token"] = () => "SNYK_TOKEN=" + Uuid(202),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["snyk-api-token"] = new (string, Func<string>)[]
            {
                ("an organisation id", () => "SNYK_ORG_ID=" + Uuid(202)),
                ("the nil UUID", () => "SNYK_TOKEN=00000000-0000-0000-0000-000000000000"),
                ("no Snyk name", () => "token=" + Uuid(202)),
            },
        };
    }
}
