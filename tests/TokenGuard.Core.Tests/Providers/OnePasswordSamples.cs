using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/OnePassword.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class OnePasswordSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["1password-service-account-token"] = () => "op" + "s_" + "eyJ" + Random(Base64, 300, 223),
            ["1password-secret-key"] = () => "A" + "3-" + Random(Upper, 6, 224) + "-" + Random(Upper, 11, 225) + "-" + Random(Upper, 5, 226) + "-" + Random(Upper, 5, 227) + "-" + Random(Upper, 5, 228),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["1password-service-account-token"] = new (string, Func<string>)[] { ("too short", () => "op" + "s_" + "eyJ" + Random(Base64, 200, 223)) },
            ["1password-secret-key"] = new (string, Func<string>)[]
            {
                ("a group short", () => "A" + "3-" + Random(Upper, 6, 224) + "-" + Random(Upper, 11, 225) + "-" + Random(Upper, 5, 226) + "-" + Random(Upper, 5, 227)),
                ("placeholder", () => "A" + "3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX"),
            },
        };
    }
}
