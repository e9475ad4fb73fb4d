using System;
using System.Collections.Generic;
using static TokenGuard.Tests.SampleAlphabets;
using static TokenGuard.Tests.TestTokens;

namespace TokenGuard.Tests
{
    /// <summary>The samples of the rules in <c>Rules/Providers/OpenAI.cs</c>: for each rule a text holding one of its tokens, and its near misses.</summary>
    internal static class OpenAISamples
    {
        /// <summary>rule id → text containing exactly one token of that rule.</summary>
        public static readonly IReadOnlyDictionary<string, Func<string>> Secrets = new Dictionary<string, Func<string>>
        {
            ["openai-api-key"] = () => "sk-" + "proj-" + Random(Url, 58, 52) + "T3Blbk" + "FJ" + Random(Url, 58, 53),
        };

        /// <summary>rule id → (why it is not a token, text holding it).</summary>
        public static readonly IReadOnlyDictionary<string, (string Why, Func<string> Text)[]> NearMisses = new Dictionary<string, (string, Func<string>)[]>
        {
            ["openai-api-key"] = new (string, Func<string>)[]
            {
                ("too short", () => "sk-" + "proj-" + Random(Url, 39, 52)),
                ("legacy shape without the marker", () => "sk-" + Random(Alphanumeric, 48, 52)),
            },
        };
    }
}
