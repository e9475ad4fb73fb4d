using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Readme.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class ReadmeSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["readme-api-token"] = () => "rd" + "me_" + Random(Lower, 70, 244),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["readme-api-token"] = new (string, Func<string>)[] { ("upper case", () => "rd" + "me_" + Random(Upper, 70, 244)) },
        };
    }
}
