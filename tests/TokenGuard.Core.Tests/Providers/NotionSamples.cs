using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Notion.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class NotionSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["notion-token"] = () => "ntn" + "_" + Random("0123456789", 11, 16) + Random(Alphanumeric, 35, 17),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["notion-token"] = new (string, Func<string>)[] { ("no leading digits", () => "ntn" + "_" + Random(Letters, 46, 16)) },
        };
    }
}
