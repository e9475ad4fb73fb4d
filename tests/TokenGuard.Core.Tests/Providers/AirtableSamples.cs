using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Airtable.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class AirtableSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["airtable-pat"] = () => "pat" + Random(Alphanumeric, 14, 18) + "." + Random(Hex, 64, 19),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["airtable-pat"] = new (string, Func<string>)[]
            {
                ("secret one character short", () => "pat" + Random(Alphanumeric, 14, 18) + "." + Random(Hex, 63, 19)),
                ("a path, not a token", () => "path.Combine(root, \"src\")"),
            },
        };
    }
}
