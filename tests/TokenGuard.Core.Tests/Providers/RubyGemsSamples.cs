using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/RubyGems.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class RubyGemsSamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["rubygems-api-key"] = () => "rubygems" + "_" + Random(Hex, 48, 8),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["rubygems-api-key"] = new (string, Func<string>)[] { ("one character short", () => "rubygems" + "_" + Random(Hex, 47, 8)) },
        };
    }
}
