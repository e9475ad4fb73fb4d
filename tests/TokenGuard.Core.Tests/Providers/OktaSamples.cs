using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Okta.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class OktaSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["okta-api-token"] = () => "OKTA_API_TOKEN=" + "00" + Random(Url, 40, 222),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["okta-api-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "OKTA_API_TOKEN=" + "00" + Random(Url, 39, 222)),
                ("a client id", () => "OKTA_CLIENT_ID=" + "0oa" + Random(Alphanumeric, 17, 222)),
            },
        };
    }
}
