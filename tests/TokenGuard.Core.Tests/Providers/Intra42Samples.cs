using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Intra42.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class Intra42Samples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["intra42-client-secret"] = () => "s-s4t2" + "ud-" + Random(Hex, 64, 410),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["intra42-client-secret"] = new (string, Func<string>)[]
            {
                ("unknown kind", () => "s-s4t2" + "xx-" + Random(Hex, 64, 410)),
                ("one character short", () => "s-s4t2" + "ud-" + Random(Hex, 63, 410)),
            },
        };
    }
}
