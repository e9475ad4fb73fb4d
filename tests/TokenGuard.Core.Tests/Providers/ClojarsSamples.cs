using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/Clojars.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class ClojarsSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["clojars-token"] = () => "CLOJARS" + "_" + Random("abcdefghijklmnopqrstuvwxyz0123456789", 60, 9),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["clojars-token"] = new (string, Func<string>)[] { ("one character short", () => "CLOJARS" + "_" + Random(Lower, 59, 9)) },
        };
    }
}
