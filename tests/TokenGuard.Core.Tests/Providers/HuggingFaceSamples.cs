using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/HuggingFace.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class HuggingFaceSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["huggingface-token"] = () => "h" + "f_" + Random(Letters, 34, 54),
            ["huggingface-org-token"] = () => "api" + "_org_" + Random(Letters, 34, 231),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["huggingface-token"] = new (string, Func<string>)[]
            {
                ("one character short", () => "h" + "f_" + Random(Letters, 33, 54)),
                ("digits in the body", () => "h" + "f_" + Random(Letters, 30, 54) + "1234"),
            },
            ["huggingface-org-token"] = new (string, Func<string>)[]
            {
                ("a constant name", () => "api" + "_org_" + "exists"),
                ("one character short", () => "api" + "_org_" + Random(Letters, 33, 231)),
            },
        };
    }
}
